using InBeeld.Core.Composites.Personas;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Composites;

/// <summary>The persona form. Everything is typed by the researcher; nothing is filled in from a participant.</summary>
public sealed class PersonaInput
{
    public string? Name { get; set; }
    public string? Age { get; set; }
    public string? Situation { get; set; }
    public string? WhatMatters { get; set; }
    public string? Story { get; set; }
    public string? GroupId { get; set; }

    public static PersonaInput From(Persona persona) => new()
    {
        Name = persona.Name,
        Age = persona.Age?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Situation = persona.Situation,
        WhatMatters = persona.WhatMatters,
        Story = persona.Story,
        GroupId = persona.GroupId?.ToString(),
    };

    public void Validate(ModelStateDictionary state, IStringLocalizer<CompositeText> text, IReadOnlyCollection<Guid> groups)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            state.AddModelError("Input.Name", text["PersonaNameRequired"]);
        }

        Check(state, text, "Input.Name", Name, PersonaRules.MaxNameLength);
        Check(state, text, "Input.Situation", Situation, PersonaRules.MaxSituationLength);
        Check(state, text, "Input.WhatMatters", WhatMatters, PersonaRules.MaxWhatMattersLength);
        Check(state, text, "Input.Story", Story, PersonaRules.MaxStoryLength);
        if (!string.IsNullOrWhiteSpace(Age) && (!int.TryParse(Age.Trim(), out var age) || age < PersonaRules.MinAge || age > PersonaRules.MaxAge))
        {
            state.AddModelError("Input.Age", text["AgeInvalid", PersonaRules.MinAge, PersonaRules.MaxAge]);
        }

        if (!string.IsNullOrEmpty(GroupId) && (!Guid.TryParse(GroupId, out var group) || !groups.Contains(group)))
        {
            state.AddModelError("Input.GroupId", text["UnknownChoice"]);
        }
    }

    public void ApplyTo(Persona persona, DateTimeOffset now)
    {
        persona.Name = Name!.Trim();
        persona.Age = int.TryParse(Age?.Trim(), out var age) ? age : null;
        persona.Situation = Situation?.Trim() ?? "";
        persona.WhatMatters = WhatMatters?.Trim() ?? "";
        persona.Story = Story?.Trim() ?? "";
        persona.GroupId = Guid.TryParse(GroupId, out var group) ? group : null;
        persona.UpdatedAt = now;
    }

    private static void Check(ModelStateDictionary state, IStringLocalizer<CompositeText> text, string key, string? value, int max)
    {
        if (value?.Trim().Length > max)
        {
            state.AddModelError(key, text["TooLong", max]);
        }
    }
}
