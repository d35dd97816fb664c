using Microsoft.AspNetCore.DataProtection;

namespace InBeeld.Web.Security;

/// <summary>
/// Encrypts contact details for the pseudonym key with ASP.NET Data Protection, under a purpose
/// per study: the keys live outside the database, so a copy of the database alone cannot link
/// codes to people, and one study's ciphertext cannot be opened as another's.
/// </summary>
public sealed class PseudonymKeyProtector(IDataProtectionProvider provider)
{
    public string Protect(Guid studyId, string contactDetails) => For(studyId).Protect(contactDetails);

    public string Unprotect(Guid studyId, string protectedText) => For(studyId).Unprotect(protectedText);

    private IDataProtector For(Guid studyId) => provider.CreateProtector("InBeeld.PseudonymKey.v1", studyId.ToString());
}
