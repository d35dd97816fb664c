using InBeeld.Core.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace InBeeld.Web.Pages.Improvement;

internal static class ModelStateExtensions
{
    /// <summary>Puts Core's messages beside their form fields: location "Title" becomes "Input.Title".</summary>
    public static void AddErrors(this ModelStateDictionary state, InputRejectedException rejected, string prefix = "Input")
    {
        foreach (var error in rejected.Errors)
        {
            state.AddModelError(string.IsNullOrEmpty(prefix) ? error.Location : $"{prefix}.{error.Location}", error.Message);
        }
    }
}
