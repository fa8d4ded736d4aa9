// Creates `count` accounts named "<prefix> NN" (<prefix>NN@bulk.example) in the e2e server's store,
// for the admin page's search and paging. They have no usable password: nobody signs in as them.
import { parseConfig } from '../src/lib/server/config';
import { createUserStore } from '../src/lib/server/store/user-factory';

const [prefix, count] = process.argv.slice(2);
const users = await createUserStore(parseConfig(process.env));
try {
	for (let i = 0; i < Number(count); i++) {
		const n = String(i).padStart(2, '0');
		const email = `${prefix}${n}@bulk.example`;
		if (!(await users.findCredentials(email))) await users.createUser({ email, name: `${prefix} ${n}`, passwordHash: 'no-sign-in' });
	}
} finally {
	await users.close();
}
