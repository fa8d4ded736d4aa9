import { z } from 'zod';
import { Email, Password, PersonName, type User } from '$lib/schemas/account';
import { ConflictError } from '../store/errors';
import type { UserStore } from '../store/user-types';
import { hashPassword } from './password';

export const SignUpForm = z.object({ email: Email, name: PersonName, password: Password });
export const SignInForm = z.object({ email: Email, password: z.string().min(1).max(256) });

/** Creates an account; `null` when the email is taken (the form says so next to the field). */
export async function registerUser(users: UserStore, input: z.infer<typeof SignUpForm>, admin = false): Promise<User | null> {
	try {
		return await users.createUser({ email: input.email, name: input.name, passwordHash: await hashPassword(input.password), admin });
	} catch (e) {
		if (e instanceof ConflictError) return null;
		throw e;
	}
}
