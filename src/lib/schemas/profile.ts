import { z } from 'zod';
import { IsoDate } from './account';
import { Id, SkillLevel } from './common';

/** A skill a person holds, at the level a station requirement is measured in. */
export const ProfileSkill = z.object({ skill: Id, level: SkillLevel }).strict();
export type ProfileSkill = z.infer<typeof ProfileSkill>;

/** A certificate a person holds; its expiry follows from the certificate's validity. */
export const ProfileCertificate = z.object({ certificate: Id, obtainedOn: IsoDate }).strict();
export type ProfileCertificate = z.infer<typeof ProfileCertificate>;

export const Profile = z
	.object({
		skills: z.array(ProfileSkill),
		certificates: z.array(ProfileCertificate)
	})
	.strict();
export type Profile = z.infer<typeof Profile>;
