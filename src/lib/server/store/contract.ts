import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from './errors';
import { contractNetwork } from './contract-fixture';
import type { Actor, GraphStore } from './types';

const system: Actor = { userId: null, label: 'contract-test' };
const editor: Actor = { userId: 'u-editor', label: 'Editor' };

/**
 * The behaviour every GraphStore adapter must show. Each adapter's spec calls this with a
 * factory for a fresh, empty store; no adapter-specific assumptions live here.
 */
export function graphStoreContract(name: string, open: () => Promise<GraphStore>, dispose: (s: GraphStore) => Promise<void> = (s) => s.close()) {
	describe(`GraphStore contract: ${name}`, () => {
		let store: GraphStore;
		beforeAll(async () => {
			store = await open();
			await store.migrate();
			// Running migrations twice must be harmless: every start runs them.
			await store.migrate();
		});
		// Only a store that was opened: a failed open must not add a second, misleading error.
		afterAll(async () => {
			if (store) await dispose(store);
		});

		it('reports health', async () => {
			const h = await store.health();
			expect(h.ok).toBe(true);
			expect(h.store).toBe(store.kind);
		});

		it('knows no network before one is written', async () => {
			expect(await store.networkVersion('nope')).toBeNull();
			expect(await store.readNetwork('nope')).toBeNull();
		});

		it('replaces a whole network and reads back exactly what was written', async () => {
			const { meta, content } = contractNetwork('c-read');
			const v = await store.replaceNetwork(meta, content, system);
			expect(v).toBe(1);
			const read = await store.readNetwork('c-read');
			expect(read?.version).toBe(1);
			expect(read?.meta).toEqual(meta);
			expect(read?.content).toEqual(content);
			const listed = await store.listNetworks();
			expect(listed.find((n) => n.id === 'c-read')?.version).toBe(1);
			const stamp = (await store.networkStamps()).find((n) => n.id === 'c-read');
			expect(stamp).toEqual({ id: 'c-read', version: 1, updatedAt: listed.find((n) => n.id === 'c-read')!.updatedAt });
		});

		it('bumps the version on every write and audits who did what', async () => {
			const { meta, content } = contractNetwork('c-audit');
			await store.replaceNetwork(meta, content, system);
			const before = (await store.getItem('c-audit', 'stations', 'welder'))!;
			expect(before.revision).toBeGreaterThan(0);
			const changed = { ...before.item, label: { nl: 'Lasser (TIG)', en: 'Welder (TIG)' } };
			const put = await store.putItem('c-audit', 'stations', changed, editor, { expectedRevision: before.revision });
			expect(put.version).toBe(2);
			expect(put.revision).toBe(before.revision + 1);
			expect(await store.networkVersion('c-audit')).toBe(2);
			expect((await store.networkStamps()).find((n) => n.id === 'c-audit')?.version).toBe(2);
			const [last] = await store.audit('c-audit', { limit: 1 });
			expect(last).toMatchObject({ action: 'update', kind: 'stations', itemId: 'welder', version: 2, actor: editor });
			expect((last!.before as { label: { en: string } }).label.en).toBe('Welder');
			expect((last!.after as { label: { en: string } }).label.en).toBe('Welder (TIG)');
		});

		it('creates new items at the end, keeping the order of the others', async () => {
			const { meta, content } = contractNetwork('c-create');
			await store.replaceNetwork(meta, content, system);
			await store.putItem('c-create', 'skills', { id: 'brazing', label: { nl: 'Hardsolderen', en: 'Brazing' } }, editor, { expectedRevision: 0 });
			const read = await store.readNetwork('c-create');
			expect(read!.content.skills.map((s) => s.id)).toEqual(['welding', 'planning', 'brazing']);
			const [last] = await store.audit('c-create', { limit: 1 });
			expect(last).toMatchObject({ action: 'create', itemId: 'brazing', before: null });
		});

		it('refuses a second save on a stale revision and keeps the first', async () => {
			const { meta, content } = contractNetwork('c-conflict');
			await store.replaceNetwork(meta, content, system);
			const base = (await store.getItem('c-conflict', 'skills', 'welding'))!;
			await store.putItem('c-conflict', 'skills', { ...base.item, group: 'first' }, editor, { expectedRevision: base.revision });
			await expect(
				store.putItem('c-conflict', 'skills', { ...base.item, group: 'second' }, editor, { expectedRevision: base.revision })
			).rejects.toBeInstanceOf(ConflictError);
			expect((await store.getItem('c-conflict', 'skills', 'welding'))!.item.group).toBe('first');
			await expect(
				store.putItem('c-conflict', 'skills', { id: 'welding', label: { nl: 'x', en: 'x' } }, editor, { expectedRevision: 0 })
			).rejects.toBeInstanceOf(ConflictError);
		});

		it('refuses a write on a stale network version and changes nothing', async () => {
			const { meta, content } = contractNetwork('c-netver');
			await store.replaceNetwork(meta, content, system);
			await expect(store.deleteItem('c-netver', 'skills', 'planning', editor, { expectedNetworkVersion: 7 })).rejects.toBeInstanceOf(
				ConflictError
			);
			await expect(store.replaceNetwork(meta, { ...content, skills: [] }, system, { expectedNetworkVersion: 0 })).rejects.toBeInstanceOf(
				ConflictError
			);
			expect(await store.networkVersion('c-netver')).toBe(1);
			expect((await store.readNetwork('c-netver'))!.content).toEqual(content);
		});

		it('deletes items, audits the delete, and reports unknown ones', async () => {
			const { meta, content } = contractNetwork('c-delete');
			await store.replaceNetwork(meta, content, system);
			const v = await store.deleteItem('c-delete', 'learningTracks', 'planning-track', editor);
			expect(v).toBe(2);
			expect(await store.getItem('c-delete', 'learningTracks', 'planning-track')).toBeNull();
			await expect(store.deleteItem('c-delete', 'learningTracks', 'planning-track', editor)).rejects.toBeInstanceOf(NotFoundError);
			await expect(store.putItem('no-network', 'skills', { id: 'x', label: { nl: 'x', en: 'x' } }, editor)).rejects.toBeInstanceOf(NotFoundError);
			const [last] = await store.audit('c-delete', { limit: 1, itemId: 'planning-track' });
			expect(last).toMatchObject({ action: 'delete', kind: 'learningTracks', after: null });
		});

		it('replacing a network again swaps all content at once', async () => {
			const { meta, content } = contractNetwork('c-replace');
			await store.replaceNetwork(meta, content, system);
			const smaller = { ...content, learningTracks: [], modules: [] };
			const v = await store.replaceNetwork({ ...meta, label: { nl: 'Nieuw', en: 'New' } }, smaller, system);
			expect(v).toBe(2);
			const read = await store.readNetwork('c-replace');
			expect(read!.content).toEqual(smaller);
			expect(read!.meta.label.en).toBe('New');
		});

		it('keeps networks apart and deletes one without touching another', async () => {
			const a = contractNetwork('c-a');
			const b = contractNetwork('c-b');
			await store.replaceNetwork(a.meta, a.content, system);
			await store.replaceNetwork(b.meta, { ...b.content, curricula: [] }, system);
			await store.putItem('c-a', 'skills', { id: 'only-a', label: { nl: 'A', en: 'A' } }, editor);
			expect(await store.getItem('c-b', 'skills', 'only-a')).toBeNull();
			await store.deleteNetwork('c-a', system);
			expect(await store.readNetwork('c-a')).toBeNull();
			expect((await store.readNetwork('c-b'))!.content.stations).toHaveLength(2);
		});
	});
}
