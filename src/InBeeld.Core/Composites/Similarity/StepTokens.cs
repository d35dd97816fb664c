namespace InBeeld.Core.Composites.Similarity;

/// <summary>
/// A step as route similarity sees it: its phase and its organisation, packed into one int
/// (phase + 1 in the high 16 bits, organisation + 1 in the low 16 bits; 0 means "none"), so edit
/// distances compare ints and profiles of 10,000 routes fit in one flat array.
/// </summary>
public static class StepTokens
{
    /// <summary>Vocabulary indexes up to this value can be packed; studies have a few dozen.</summary>
    public const int MaxIndex = 0xFFFE;

    /// <summary>Cost units: sharing nothing costs 2, sharing phase or organisation 1, equal 0; inserting or deleting a step 2.</summary>
    public const int IndelCost = 2;

    public static int Pack(int phase, int organization)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(phase, MaxIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(organization, MaxIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(phase, -1);
        ArgumentOutOfRangeException.ThrowIfLessThan(organization, -1);
        return ((phase + 1) << 16) | (organization + 1);
    }

    public static int PhaseOf(int token) => (token >>> 16) - 1;

    public static int OrganizationOf(int token) => (token & 0xFFFF) - 1;

    /// <summary>
    /// Substituting one step for another: free when phase and organisation are equal, half the
    /// price of an insertion when one of them is (the same organisation in another phase, or
    /// another organisation in the same phase), else the full price.
    /// </summary>
    public static int SubstitutionCost(int a, int b)
    {
        if (a == b)
        {
            return 0;
        }

        return (a >>> 16) == (b >>> 16) || (a & 0xFFFF) == (b & 0xFFFF) ? 1 : 2;
    }
}
