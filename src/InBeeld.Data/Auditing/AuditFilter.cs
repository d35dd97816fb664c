using InBeeld.Core.Auditing;

namespace InBeeld.Data.Auditing;

/// <summary>What the audit log page filters on; every part optional.</summary>
public sealed record AuditFilter(
    Guid? StudyId = null,
    string? Actor = null,
    string? Action = null,
    AuditResult? Result = null,
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null,
    int Page = 1,
    int PageSize = 100);
