import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('uses argon2id with m=19 MiB, t=2, p=1 and verifies', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(verifyPassword(hash, 'correct horse battery')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'wrong horse battery')).resolves.toBe(false);
    await expect(verifyPassword('garbage', 'x')).resolves.toBe(false);
  });
});
