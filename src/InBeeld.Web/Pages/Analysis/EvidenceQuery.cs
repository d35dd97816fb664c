using System.Globalization;
using InBeeld.Core.Analysis.Evidence;
using InBeeld.Core.Analysis.Filtering;
using InBeeld.Core.Interviews;
using Microsoft.AspNetCore.Http;

namespace InBeeld.Web.Pages.Analysis;

/// <summary>
/// Writes a figure's <see cref="EvidenceFilter"/> and the page's <see cref="JourneyFilter"/> into a
/// query string and reads them back, so every count on the analysis page is a plain link (GET,
/// bookmarkable, no JavaScript) to the evidence page. Unknown or malformed values are ignored: the
/// evidence page then shows more, never data it should not.
/// </summary>
public static class EvidenceQuery
{
    private const string Empty = "leeg";

    public static Dictionary<string, string?> FilterValues(JourneyFilter filter) => new()
    {
        ["fase"] = filter.Phase?.ToString(),
        ["organisatie"] = filter.Organization?.ToString(),
        ["subgroep"] = filter.Attribute is { } key && filter.Group is { } group ? SubgroupValue(key, group) : null,
    };

    /// <summary>One form value for an attribute and one of its groups; attribute keys hold no '|'.</summary>
    public static string SubgroupValue(string attribute, string group) => attribute + "|" + group;

    public static JourneyFilter ReadFilter(IQueryCollection query)
    {
        var subgroup = Text(query["subgroep"]);
        var bar = subgroup?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        return new JourneyFilter
        {
            Phase = Guid(query["fase"]),
            Organization = Guid(query["organisatie"]),
            Attribute = bar > 0 ? subgroup![..bar] : null,
            Group = bar > 0 && bar < subgroup!.Length - 1 ? subgroup[(bar + 1)..] : null,
        };
    }

    /// <summary>The query string of the evidence page for one figure under the page's filter.</summary>
    public static string ToQueryString(JourneyFilter filter, EvidenceFilter evidence)
    {
        var values = new List<KeyValuePair<string, string?>>(FilterValues(filter).Where(v => v.Value is not null));
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                values.Add(new(key, value));
            }
        }

        string? Of(Match? match) => match is { } m ? m.Id?.ToString() ?? Empty : null;
        Add("eOrg", Of(evidence.Organization));
        Add("ePhase", Of(evidence.Phase));
        Add("eTp", Of(evidence.TurningPoint));
        Add("eNext", Of(evidence.NextOrganization));
        foreach (var kind in evidence.Handovers ?? [])
        {
            Add("eHandover", kind.ToString());
        }

        Add("eExpMin", evidence.ExperienceAtLeast?.ToString(CultureInfo.InvariantCulture));
        Add("eExpMax", evidence.ExperienceAtMost?.ToString(CultureInfo.InvariantCulture));
        Add("eLow", evidence.LowPoint ? "1" : null);
        Add("eBright", evidence.BrightSpot ? "1" : null);
        Add("eLast", evidence.LastStep ? "1" : null);
        Add("eLastHandover", evidence.LastHandover ? "1" : null);
        Add("eCode", evidence.Code?.ToString());
        Add("eAlso", evidence.AlsoCode?.ToString());
        Add("eAttr", evidence.Attribute);
        Add("eGroup", evidence.Attribute is null ? null : evidence.Group ?? Empty);
        Add("eNoOutcome", evidence.WithoutOutcome ? "1" : null);
        Add("eNegative", evidence.NegativeOnAverage ? "1" : null);
        return QueryString.Create(values).ToUriComponent();
    }

    public static EvidenceFilter ReadEvidence(IQueryCollection query)
    {
        Match? Of(string key) => Text(query[key]) switch
        {
            null => null,
            Empty => new Match(null),
            var text => System.Guid.TryParse(text, out var id) ? new Match(id) : null,
        };

        var kinds = query["eHandover"].Select(v => Enum.TryParse<HandoverKind>(v, out var k) ? k : (HandoverKind?)null).OfType<HandoverKind>().ToList();
        var attribute = Text(query["eAttr"]);
        var group = Text(query["eGroup"]);
        return new EvidenceFilter
        {
            Organization = Of("eOrg"),
            Phase = Of("ePhase"),
            TurningPoint = Of("eTp"),
            NextOrganization = Of("eNext"),
            Handovers = kinds.Count == 0 ? null : kinds,
            ExperienceAtLeast = Int(query["eExpMin"]),
            ExperienceAtMost = Int(query["eExpMax"]),
            LowPoint = query["eLow"] == "1",
            BrightSpot = query["eBright"] == "1",
            LastStep = query["eLast"] == "1",
            LastHandover = query["eLastHandover"] == "1",
            Code = Guid(query["eCode"]),
            AlsoCode = Guid(query["eAlso"]),
            Attribute = attribute,
            Group = attribute is null || group == Empty ? null : group,
            WithoutOutcome = query["eNoOutcome"] == "1",
            NegativeOnAverage = query["eNegative"] == "1",
        };
    }

    private static string? Text(Microsoft.Extensions.Primitives.StringValues value) => string.IsNullOrWhiteSpace(value.ToString()) ? null : value.ToString().Trim();

    private static Guid? Guid(Microsoft.Extensions.Primitives.StringValues value) => System.Guid.TryParse(value.ToString(), out var id) ? id : null;

    private static int? Int(Microsoft.Extensions.Primitives.StringValues value) =>
        int.TryParse(value.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
