namespace InBeeld.Data.EventLogs;

/// <summary>
/// Encrypts a study's pseudonymisation secret with keys kept outside the database (the web app uses
/// ASP.NET Data Protection, like the pseudonym key of participants).
/// </summary>
public interface ISecretProtector
{
    string Protect(Guid studyId, byte[] secret);

    /// <exception cref="System.Security.Cryptography.CryptographicException">The text cannot be opened with the keys at hand.</exception>
    byte[] Unprotect(Guid studyId, string protectedText);
}
