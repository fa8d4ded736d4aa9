import { describe, expect, it } from 'vitest';
import { SMALL_LAYOUT } from './small-layout.fixture';
import { changeLine, linesAt, move, navigationGraph } from './keyboard-navigation';
import { MapGeometry } from './line-geometry';

const graph = navigationGraph(SMALL_LAYOUT.lines, new MapGeometry(SMALL_LAYOUT));

describe('keyboard navigation', () => {
	it('moves along the current line in the arrow direction', () => {
		expect(move(graph, { station: 'b', line: 'red' }, 'ArrowRight')).toEqual({ station: 'c', line: 'red' });
		expect(move(graph, { station: 'b', line: 'red' }, 'ArrowLeft')).toEqual({ station: 'a', line: 'red' });
	});

	it('follows a bend: down from C is the next red stop D', () => {
		expect(move(graph, { station: 'c', line: 'red' }, 'ArrowDown')).toEqual({ station: 'd', line: 'red' });
	});

	it('takes another line when the current one does not go that way', () => {
		expect(move(graph, { station: 'b', line: 'red' }, 'ArrowUp')).toEqual({ station: 'e', line: 'blue' });
	});

	it('stays on the current line when two lines go the same way', () => {
		expect(move(graph, { station: 'b', line: 'blue' }, 'ArrowLeft')).toEqual({ station: 'a', line: 'blue' });
	});

	it('does not move when nothing lies in that direction', () => {
		expect(move(graph, { station: 'd', line: 'red' }, 'ArrowDown')).toBeNull();
		expect(move(graph, { station: 'a', line: 'red' }, 'ArrowLeft')).toBeNull();
	});

	it('changes line at an interchange and wraps around', () => {
		expect(linesAt(graph, 'b')).toEqual(['red', 'blue']);
		expect(changeLine(graph, { station: 'b', line: 'red' })).toEqual({ station: 'b', line: 'blue' });
		expect(changeLine(graph, { station: 'b', line: 'blue' })).toEqual({ station: 'b', line: 'red' });
		expect(changeLine(graph, { station: 'd', line: 'red' })).toEqual({ station: 'd', line: 'red' });
	});
});
