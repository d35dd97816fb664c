using InBeeld.Data.EventLogs;
using Microsoft.AspNetCore.DataProtection;

namespace InBeeld.Web.Security;

/// <summary>
/// Encrypts a study's pseudonymisation secret for event logs with Data Protection, under a purpose
/// per study (as <see cref="PseudonymKeyProtector"/> does for contact details): keys live outside the
/// database, so with a copy of the database alone a list of BSNs cannot be turned into pseudonyms.
/// </summary>
public sealed class EventLogSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    public string Protect(Guid studyId, byte[] secret) => For(studyId).Protect(Convert.ToBase64String(secret));

    public byte[] Unprotect(Guid studyId, string protectedText) => Convert.FromBase64String(For(studyId).Unprotect(protectedText));

    private IDataProtector For(Guid studyId) => provider.CreateProtector("InBeeld.EventLogSecret.v1", studyId.ToString());
}
