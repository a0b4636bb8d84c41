import { deriveSecret, LinkError, signLink, verifyLink } from './token';

const secret = deriveSecret(['key-a', 'key-b'], 'share-links');
const NOW = Date.parse('2026-11-24T09:00:00Z');

const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return { reason: (error as LinkError).reason, message: (error as Error).message };
  }
  throw new Error('not refused');
};

describe('signed links', () => {
  it('round-trips a payload until it expires', () => {
    const token = signLink({ kind: 'share', id: 'abc', exp: NOW + 1000 }, secret);
    expect(verifyLink(token, secret, NOW)).toEqual({ kind: 'share', id: 'abc', exp: NOW + 1000 });
    expect(refusal(() => verifyLink(token, secret, NOW + 1000, 'Europe/Berlin'))).toEqual({
      reason: 'expired',
      message: 'This link expired on 24 Nov 2026, 10:00 (Europe/Berlin); ask the newsroom for a new one.',
    });
  });

  it('tells expiry in the given zone only after the signature holds', () => {
    const token = signLink({ kind: 'share', id: 'abc', exp: NOW }, secret);
    expect(refusal(() => verifyLink(token, secret, NOW)).message).toBe(
      'This link expired on 24 Nov 2026, 09:00 (UTC); ask the newsroom for a new one.',
    );
    const other = deriveSecret(['key-c'], 'share-links');
    expect(refusal(() => verifyLink(token, other, NOW)).reason).toBe('forged');
  });

  it('refuses a changed payload, a cut token, garbage and an oversize token as forged', () => {
    const token = signLink({ kind: 'share', id: 'abc', exp: NOW + 1000 }, secret);
    const [body, mac] = token.split('.');
    const changed = Buffer.from(JSON.stringify({ kind: 'share', id: 'abd', exp: NOW + 1000 })).toString(
      'base64url',
    );
    for (const bad of [`${changed}.${mac}`, body, `${body}.`, `${token}.x`, 'x'.repeat(700), '', 42]) {
      expect(refusal(() => verifyLink(bad, secret, NOW))).toEqual({
        reason: 'forged',
        message: 'This link is not valid: it was changed or never issued by this newsroom.',
      });
    }
  });

  it('derives different keys per purpose and needs the app keys', () => {
    expect(deriveSecret(['k'], 'a').equals(deriveSecret(['k'], 'b'))).toBe(false);
    expect(() => deriveSecret([], 'a')).toThrow(/APP_KEYS/);
  });
});
