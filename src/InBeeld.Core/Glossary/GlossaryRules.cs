using InBeeld.Core.Localization;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Glossary;

/// <summary>Checks on a glossary line before it is stored.</summary>
public static class GlossaryRules
{
    public const int MaxTermLength = 200;
    public const int MaxExplanationLength = 1_000;

    /// <param name="existing">The study's other lines: one organisation cannot map the same term twice.</param>
    public static IReadOnlyList<ValidationError> Validate(string? concept, Guid? organizationId, string? term, string? explanation, IReadOnlySet<Guid> organizations, IEnumerable<GlossaryEntry> existing, Guid? editing = null)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(concept))
        {
            errors.Add(new("Concept", ImprovementText.Get("Glossary_ConceptRequired")));
        }
        else if (concept.Trim().Length > MaxTermLength)
        {
            errors.Add(new("Concept", ImprovementText.Get("Glossary_TooLong", MaxTermLength)));
        }

        if (string.IsNullOrWhiteSpace(term))
        {
            errors.Add(new("Term", ImprovementText.Get("Glossary_TermRequired")));
        }
        else if (term.Trim().Length > MaxTermLength)
        {
            errors.Add(new("Term", ImprovementText.Get("Glossary_TooLong", MaxTermLength)));
        }

        if (organizationId is not { } organization || !organizations.Contains(organization))
        {
            errors.Add(new("OrganizationId", ImprovementText.Get("Glossary_OrganizationNotInStudy")));
        }
        else if (!string.IsNullOrWhiteSpace(term)
            && existing.Any(e => e.Id != editing && e.OrganizationId == organization && string.Equals(e.Term.Trim(), term.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new("Term", ImprovementText.Get("Glossary_Duplicate", term.Trim())));
        }

        if (explanation is { Length: > MaxExplanationLength })
        {
            errors.Add(new("Explanation", ImprovementText.Get("Glossary_TooLong", MaxExplanationLength)));
        }

        return errors;
    }
}
