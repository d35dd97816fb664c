using InBeeld.Cli.Infrastructure;
using InBeeld.Core.Analysis.Gaps;
using InBeeld.Data.Analysis;

namespace InBeeld.Cli.Commands.Analysis;

/// <summary>
/// What counts as an outcome for the drop-out figures, from --outcome-phase, --outcome-organisation
/// and --outcome-turning-point (names, any case). Without them: reaching the study's last phase.
/// </summary>
internal sealed record OutcomeChoice(OutcomeDefinition? Definition, IReadOnlyList<string> Description, bool IsDefault)
{
    public static OutcomeChoice Resolve(StudyVocabularyNames names, string[] phases, string[] organizations, string[] turningPoints)
    {
        if (phases.Length == 0 && organizations.Length == 0 && turningPoints.Length == 0)
        {
            return names.Phases.Count == 0
                ? new OutcomeChoice(null, [], IsDefault: true)
                : new OutcomeChoice(new OutcomeDefinition { Phases = [names.Phases[^1].Id] }, [AnalyseText.Get("Outcome_Phase", names.Phases[^1].Name)], IsDefault: true);
        }

        var phaseItems = Find("--outcome-phase", phases, names.Phases);
        var organizationItems = Find("--outcome-organisation", organizations, names.Organizations);
        var turningPointItems = Find("--outcome-turning-point", turningPoints, names.TurningPoints);
        var description = phaseItems.Select(p => AnalyseText.Get("Outcome_Phase", p.Name))
            .Concat(organizationItems.Select(o => AnalyseText.Get("Outcome_Organization", o.Name)))
            .Concat(turningPointItems.Select(t => AnalyseText.Get("Outcome_TurningPoint", t.Name)))
            .ToList();
        var definition = new OutcomeDefinition
        {
            Phases = [.. phaseItems.Select(p => p.Id)],
            Organizations = [.. organizationItems.Select(o => o.Id)],
            TurningPoints = [.. turningPointItems.Select(t => t.Id)],
        };
        return new OutcomeChoice(definition, description, IsDefault: false);
    }

    private static List<VocabularyName> Find(string option, string[] wanted, IReadOnlyList<VocabularyName> vocabulary) =>
        [.. wanted.Select(name => vocabulary.FirstOrDefault(v => string.Equals(v.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new CliUserException(AnalyseText.Get(
                "Outcome_Unknown", option, name,
                vocabulary.Count == 0 ? AnalyseText.Get("Outcome_NoneDefined") : string.Join(", ", vocabulary.Select(v => $"'{v.Name}'")))))];
}
