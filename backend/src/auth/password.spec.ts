import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('uses argon2id with m=19 MiB, t=2, p=1 and verifies', async () => {
    const hash = await hashPassword('correct horse battery');
    const [, algorithm, , params] = hash.split('$');
    expect(algorithm).toBe('argon2id');
    expect(params.split(',').sort()).toEqual(['m=19456', 'p=1', 't=2']);
    await expect(verifyPassword(hash, 'correct horse battery')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'wrong horse battery')).resolves.toBe(false);
    await expect(verifyPassword('garbage', 'x')).resolves.toBe(false);
  });
});
