import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { leastDifference, colourDifference } from './src/lib/colour';
const lines = parse(readFileSync('graph-seed/lines.yaml','utf8')) as {id:string;colour:string;stops:{station:string}[]}[];
const meets = (a:any,b:any)=>{const s=new Set(a.stops.map((x:any)=>x.station));return b.stops.some((x:any)=>s.has(x.station));};
for (const l of lines) console.log(l.id, l.colour, lines.filter(m=>m!==l&&meets(l,m)).map(m=>m.id).join(','));
// search candidates for one line
const target = process.argv[2];
const L = lines.find(l=>l.id===target)!;
const nb = lines.filter(m=>m!==L&&meets(L,m));
const res:[number,string,number][]=[];
for (let r=0;r<256;r+=8) for (let g=0;g<256;g+=8) for (let b=0;b<256;b+=8){
  const c='#'+[r,g,b].map(v=>v.toString(16).padStart(2,'0')).join('');
  const worst=Math.min(...nb.map(m=>leastDifference(c,m.colour)));
  const near=colourDifference(c,L.colour);
  if (worst>=25) res.push([near,c,worst]);
}
res.sort((a,b)=>a[0]-b[0]); console.log(res.slice(0,8).map(r=>r[1]+' Δown='+r[0].toFixed(1)+' min='+r[2].toFixed(1)).join('\n'));
