using System.ComponentModel;

namespace InBeeld.Core.Interchange;

/// <summary>
/// A whole study in InBeeld's open JSON format (docs/schema/study.schema.json). Vocabulary items
/// (organisations, phases, turning points, channels) are referred to by their name, which is
/// unique within a study, so the file stays readable and editable by hand.
/// </summary>
[Description("Een volledig InBeeld-onderzoek: opzet, woordenlijst, deelnemers en interviews.")]
public sealed record StudyDocument
{
    public const string FormatName = "inbeeld-study";
    public const int CurrentFormatVersion = 1;

    [Description("Altijd \"inbeeld-study\".")]
    public required string Format { get; init; }

    [Description("Versie van het formaat; nu 1.")]
    public required int FormatVersion { get; init; }

    [Description("Opzet van het onderzoek.")]
    public required StudyInfo Study { get; init; }
    [Description("Ketenpartners (instanties); de volgorde is die van lijsten en kaarten.")]
    public IReadOnlyList<OrganizationItem> Organizations { get; init; } = [];
    [Description("Fasen: de kolommen van de klantreiskaart, in volgorde.")]
    public IReadOnlyList<PhaseItem> Phases { get; init; } = [];
    [Description("Kantelmomenten die het onderzoek bekijkt.")]
    public IReadOnlyList<TurningPointItem> TurningPoints { get; init; } = [];
    [Description("Kanalen: balie, telefoon, e-mail, brief, huisbezoek, ...")]
    public IReadOnlyList<ChannelItem> Channels { get; init; } = [];
    [Description("Kenmerken van deelnemers die het onderzoek vastlegt (leeftijdsgroep, gemeente, ...).")]
    public IReadOnlyList<AttributeItem> Attributes { get; init; } = [];
    [Description("Deelnemers, alleen met een pseudoniemcode.")]
    public IReadOnlyList<ParticipantItem> Participants { get; init; } = [];
    [Description("Interviews met de route die elk beschrijft.")]
    public IReadOnlyList<InterviewItem> Interviews { get; init; } = [];
}

public sealed record StudyInfo
{
    public required string Title { get; init; }
    public string? TargetGroup { get; init; }
    public string? CentralQuestion { get; init; }

    [Description("Begin van de onderzoeksperiode, ISO 8601 (2020-03-17).")]
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }

    [Description("Waar bij demo- of gegenereerde onderzoeken: geen echte personen.")]
    public bool Fictitious { get; init; }

    [Description("CBS-gemeentecodes, zoals GM0222 (Doetinchem).")]
    public IReadOnlyList<string> Municipalities { get; init; } = [];
}

public sealed record OrganizationItem
{
    public required string Name { get; init; }
    [Description("Soort ketenpartner.")]
    public Studies.OrganizationType Type { get; init; }
}

public sealed record PhaseItem
{
    public required string Name { get; init; }
    public string? Description { get; init; }
}

public sealed record TurningPointItem
{
    public required string Name { get; init; }
    public string? Description { get; init; }
}

public sealed record ChannelItem
{
    public required string Name { get; init; }
}

public sealed record AttributeItem
{
    [Description("Vaste sleutel, kleine letters, cijfers en '-' (bijvoorbeeld \"leeftijdsgroep\").")]
    public required string Key { get; init; }
    public required string Label { get; init; }
    [Description("Soort waarde: text, number, choice of date.")]
    public Participants.AttributeType Type { get; init; }
    [Description("Toegestane waarden, alleen bij type choice.")]
    public IReadOnlyList<string> Choices { get; init; } = [];
}

public sealed record ParticipantItem
{
    [Description("Pseudoniemcode; nooit een naam.")]
    public required string Code { get; init; }

    [Description("Kenmerkwaarden per sleutel uit 'attributes'; getallen met punt, datums ISO 8601.")]
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}

public sealed record InterviewItem
{
    [Description("Code van de deelnemer uit 'participants'.")]
    public required string Participant { get; init; }
    [Description("Datum van het interview, ISO 8601.")]
    public required DateOnly Date { get; init; }
    [Description("Hoe het interview is gehouden.")]
    public Interviews.InterviewMode Mode { get; init; }
    [Description("Wie het interview hield (een onderzoeker, niet de deelnemer).")]
    public string? Interviewer { get; init; }
    [Description("Geïnformeerde toestemming voor dit interview.")]
    public required ConsentItem Consent { get; init; }
    [Description("Optioneel transcript.")]
    public string? Transcript { get; init; }
    [Description("De route: stappen (contactmomenten) in volgorde.")]
    public IReadOnlyList<StepItem> Steps { get; init; } = [];
}

public sealed record ConsentItem
{
    [Description("Waar als de deelnemer toestemming gaf.")]
    public required bool Given { get; init; }
    public DateOnly? Date { get; init; }
    public string? RecordedBy { get; init; }

    [Description("Waar als een ouder of voogd toestemming gaf (deelnemer jonger dan 16).")]
    public bool GivenByGuardian { get; init; }
}

public sealed record StepItem
{
    [Description("Naam van een fase uit 'phases'.")]
    public string? Phase { get; init; }

    [Description("Naam van een organisatie uit 'organizations'.")]
    public string? Organization { get; init; }

    [Description("Naam van een kanaal uit 'channels'.")]
    public string? Channel { get; init; }

    [Description("Naam van een kantelmoment uit 'turningPoints'.")]
    public string? TurningPoint { get; init; }

    [Description("Wat er gebeurde, in een paar woorden.")]
    public required string Description { get; init; }

    [Description("Wanneer, zo precies als bekend: \"2019\", \"2019-09\" of \"2019-09-15\".")]
    public string? Date { get; init; }

    [Description("Beleving van -2 (heel slecht) tot +2 (heel goed).")]
    public int? Experience { get; init; }
    [Description("Knelpunt: wat blokkeerde of pijn deed.")]
    public string? PainPoint { get; init; }
    [Description("Wat goed ging.")]
    public string? BrightSpot { get; init; }

    [Description("Overdracht naar de volgende stap.")]
    public Interviews.HandoverKind Handover { get; init; }

    [Description("Wachttijd in dagen tot de volgende stap.")]
    public int? WaitingDays { get; init; }
    [Description("Citaten: de eigen woorden van de deelnemer.")]
    public IReadOnlyList<string> Quotes { get; init; } = [];
}
