namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>
/// Token replay of one case: tokens produced, consumed, missing and remaining (Rozinat and van
/// der Aalst, 2008), fitness = ½(1 − m/c) + ½(1 − r/p).
/// </summary>
public sealed record CaseReplay(int Produced, int Consumed, int Missing, int Remaining)
{
    public double Fitness => (0.5 * (1 - (Consumed == 0 ? 0 : Missing / (double)Consumed))) + (0.5 * (1 - (Produced == 0 ? 0 : Remaining / (double)Produced)));

    public bool Fits => Missing == 0 && Remaining == 0;
}
