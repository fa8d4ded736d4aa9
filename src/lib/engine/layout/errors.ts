/** Bad layout input or settings: the message names the module, the field and the value. */
export class LayoutInputError extends Error {
	constructor(message: string) {
		super(`layout: ${message}`);
		this.name = 'LayoutInputError';
	}
}
