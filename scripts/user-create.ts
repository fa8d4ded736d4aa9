// npm run user:create -- [--admin] --email x --name y [--organisation acme --role advisor]
// Creates an account. The password comes from VAKMETRO_PASSWORD, from stdin when it is piped,
// or from a hidden prompt; there is no default password anywhere.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { MemberRole } from '../src/lib/schemas/account';
import { Id } from '../src/lib/schemas/common';
import { SignUpForm, registerUser } from '../src/lib/server/auth/sign-up';
import { parseConfig } from '../src/lib/server/config';
import { createUserStore } from '../src/lib/server/store/user-factory';
import { parseArgs } from './cli-args';

const Membership = z.object({ organisation: Id, role: MemberRole }).partial();

async function readStdin(): Promise<string> {
	let text = '';
	for await (const chunk of process.stdin) text += chunk;
	return text.replace(/\r?\n$/, '');
}

/** Reads a line without echoing it, so the password does not land on screen or in a recording. */
function promptHidden(question: string): Promise<string> {
	const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
	const mutable = rl as unknown as { _writeToOutput: (s: string) => void };
	process.stdout.write(question);
	mutable._writeToOutput = () => {};
	return new Promise((resolve) =>
		rl.question('', (answer) => {
			rl.close();
			process.stdout.write('\n');
			resolve(answer);
		})
	);
}

async function password(): Promise<string> {
	if (process.env.VAKMETRO_PASSWORD) return process.env.VAKMETRO_PASSWORD;
	if (!process.stdin.isTTY) return readStdin();
	const first = await promptHidden('Password: ');
	const again = await promptHidden('Repeat password: ');
	if (first !== again) throw new Error('the passwords differ');
	return first;
}

const args = parseArgs(process.argv.slice(2));
try {
	const membership = Membership.parse({ organisation: args.organisation, role: args.role });
	if ((membership.organisation === undefined) !== (membership.role === undefined)) throw new Error('--organisation and --role go together');
	const form = SignUpForm.safeParse({ email: args.email, name: args.name, password: await password() });
	if (!form.success) {
		const issue = form.error.issues[0]!;
		throw new Error(`${issue.path.join('.') === 'password' ? 'password' : `--${issue.path.join('.')}`} ${issue.message}`);
	}
	const users = await createUserStore(parseConfig(process.env));
	try {
		await users.migrate();
		const user = await registerUser(users, form.data, args.admin === true);
		if (!user) throw new Error(`email '${form.data.email}' is already registered`);
		if (membership.organisation && membership.role) await users.addMembership(user.id, { organisation: membership.organisation, role: membership.role });
		const roles = [user.admin ? 'administrator' : null, membership.role ? `${membership.role} at ${membership.organisation}` : null].filter(Boolean);
		console.log(`user:create: created ${user.email}${roles.length ? ` (${roles.join(', ')})` : ''}`);
	} finally {
		await users.close();
	}
} catch (e) {
	console.error(`user:create: ${(e as Error).message}`);
	process.exit(1);
}
