using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace InBeeld.Core.EventLogs.Privacy;

/// <summary>
/// Replaces a case id (often a BSN or a client number) by a keyed hash: HMAC-SHA256 with a secret
/// per study, cut to 128 bits and held as a <see cref="Guid"/>. The same id with the same secret
/// always gives the same pseudonym, so logs of several chain partners can be joined on a person;
/// without the secret a pseudonym cannot be traced back or recomputed from a list of BSNs.
/// </summary>
public sealed class CaseIdPseudonymizer : IDisposable
{
    /// <summary>Minimum secret length in bytes (the HMAC-SHA256 block size advice: at least the output size).</summary>
    public const int MinimumSecretBytes = 32;

    private readonly byte[] _secret;

    // A keyed HMAC object per thread, reused: resetting one is about twice as fast as keying a new
    // one per id, which matters at a hundred thousand cases; per thread, so parallel readers never wait.
    private readonly ThreadLocal<IncrementalHash> _hmac;

    public CaseIdPseudonymizer(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < MinimumSecretBytes)
        {
            throw new ArgumentException($"A pseudonymisation secret needs at least {MinimumSecretBytes} bytes.", nameof(secret));
        }

        _secret = secret.ToArray();
        _hmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secret), trackAllValues: true);
    }

    /// <summary>A fresh random secret, e.g. for a new study or a one-off analysis whose ids need not match later.</summary>
    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(MinimumSecretBytes);

    /// <summary>A pseudonymizer with a random secret: pseudonyms are stable within this instance only.</summary>
    public static CaseIdPseudonymizer WithRandomSecret() => new(NewSecret());

    public Guid Pseudonymize(ReadOnlySpan<byte> utf8Id)
    {
        Span<byte> hash = stackalloc byte[32];
        var hmac = _hmac.Value!;
        hmac.AppendData(utf8Id);
        hmac.GetHashAndReset(hash);
        return new Guid(hash[..16]);
    }

    public Guid Pseudonymize(ReadOnlySpan<char> id)
    {
        var length = Encoding.UTF8.GetMaxByteCount(id.Length);
        byte[]? rented = null;
        var bytes = length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(id, bytes);
            return Pseudonymize(bytes[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Releases the per-thread HMAC objects (they hold native handles).</summary>
    public void Dispose()
    {
        foreach (var hmac in _hmac.Values)
        {
            hmac.Dispose();
        }

        _hmac.Dispose();
    }

    /// <summary>The text form shown to users: 32 hexadecimal digits.</summary>
    public static string Format(Guid pseudonym) => pseudonym.ToString("N");
}
