namespace InBeeld.Core.Reference;

/// <summary>
/// A Dutch municipality (gemeente) as CBS lists it. Validity bounds are inclusive days; a null
/// bound means "open": the municipality existed before the reference list starts, or still exists.
/// </summary>
/// <param name="CbsCode">CBS code such as "GM0222"; never reused for another municipality.</param>
/// <param name="Name">Name as CBS writes it, e.g. "'s-Gravenhage" or "Bergen (NH.)".</param>
/// <param name="ValidFrom">First day the municipality existed, if it was created in the covered period.</param>
/// <param name="ValidUntil">Last day it existed, if it ceased through a merger or split.</param>
public sealed record Municipality(string CbsCode, string Name, DateOnly? ValidFrom, DateOnly? ValidUntil)
{
    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom.Value <= date) && (ValidUntil is null || date <= ValidUntil.Value);
}
