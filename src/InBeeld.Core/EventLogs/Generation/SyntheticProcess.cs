namespace InBeeld.Core.EventLogs.Generation;

/// <summary>
/// The fictitious youth-care route behind generated logs: registration at the district team, a
/// kitchen-table talk, the iJw messages (315 request, 301 allocation, 305 start, 307 end of care),
/// evaluations with extensions, rejections with objections, referrals, and cases that stop without
/// an outcome. Each step: activity, organisation role, mean wait before it (hours), and the next
/// steps with their weights; no next steps ends the case.
/// </summary>
internal static class SyntheticProcess
{
    public const string DistrictTeam = "Wijkteam";
    public const string Municipality = "Gemeente";
    public const string Provider = "Zorgaanbieder";
    public const string Doctor = "Huisarts";

    public static readonly Step[] Steps =
    [
        new("Aanmelding", DistrictTeam, 0, [(1, 90), (12, 10)]),
        new("Intakegesprek", DistrictTeam, 72, [(2, 80), (11, 8), (12, 12)]),
        new("Keukentafelgesprek", Municipality, 120, [(3, 70), (5, 15), (12, 15)]),
        new("Verzoek om toewijzing (315)", Provider, 48, [(4, 85), (5, 15)]),
        new("Toewijzing (301)", Municipality, 96, [(6, 92), (12, 8)]),
        new("Afwijzing", Municipality, 120, [(10, 40), (13, 60)]),
        new("Start zorg (305)", Provider, 240, [(7, 100)]),
        new("Evaluatie", Provider, 900, [(8, 35), (9, 65)]),
        new("Verlenging aangevraagd", Provider, 24, [(4, 90), (7, 10)]),
        new("Stop zorg (307)", Provider, 300, [(14, 70), (13, 30)]),
        new("Bezwaar", Municipality, 200, [(4, 50), (13, 40), (12, 10)]),
        new("Doorverwijzing huisarts", Doctor, 48, [(2, 60), (12, 40)]),
        new("Geen reactie", DistrictTeam, 400, []),
        new("Afsluiting", Municipality, 72, []),
        new("Nazorg", DistrictTeam, 500, [(13, 100)]),
    ];

    /// <summary>Activities that count as an outcome (used by tests and docs of the drop-out analysis).</summary>
    public static readonly string[] Outcomes = ["Afsluiting"];

    public sealed record Step(string Activity, string Role, double MeanWaitHours, (int Next, int Weight)[] Next);
}
