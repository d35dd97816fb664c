namespace InBeeld.Core.Analysis;

/// <summary>
/// Counts distinct journeys per slot in a single pass: a slot remembers the last journey it counted,
/// so "per interview, not per mention" costs one comparison instead of a set per slot.
/// </summary>
internal static class JourneyStamps
{
    public static int[] Create(int slots)
    {
        var stamps = new int[slots];
        Array.Fill(stamps, -1);
        return stamps;
    }

    /// <summary>Adds one to <paramref name="count"/>[slot] the first time <paramref name="journey"/> reaches the slot.</summary>
    public static void CountOnce(int[] stamps, int slot, int journey, int[] count)
    {
        if (stamps[slot] != journey)
        {
            stamps[slot] = journey;
            count[slot]++;
        }
    }
}
