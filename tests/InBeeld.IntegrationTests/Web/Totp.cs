using System.Buffers.Binary;
using System.Security.Cryptography;

namespace InBeeld.IntegrationTests.Web;

/// <summary>
/// RFC 6238 time-based one-time passwords (HMAC-SHA1, 30-second steps, 6 digits), written
/// independently of the app so tests check its two-factor sign-in against the standard, as an
/// authenticator app would. Verified against the RFC's own test vectors in TotpTests.
/// </summary>
public static class Totp
{
    public static string Now(string base32Key) => At(Base32Decode(base32Key), DateTimeOffset.UtcNow, digits: 6);

    public static string At(byte[] key, DateTimeOffset time, int digits)
    {
        var counter = time.ToUnixTimeSeconds() / 30;
        Span<byte> message = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(message, counter);
        // SHA-1 is what RFC 6238 and every authenticator app use by default; HMAC-SHA1 is not broken as a MAC.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        var code = binary % (int)Math.Pow(10, digits);
        return code.ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
