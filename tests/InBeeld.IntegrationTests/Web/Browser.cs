using System.Net;
using System.Runtime.CompilerServices;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace InBeeld.IntegrationTests.Web;

/// <summary>
/// Posts forms the way a browser does: fetch the page, take every field of the form (including the
/// anti-forgery token) with its current value, change some, and submit to the form's action.
/// </summary>
public sealed class Browser(HttpClient client) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client => client;

    public HttpResponseMessage? LastResponse { get; private set; }

    public async Task<IHtmlDocument> GetAsync(string url)
    {
        LastResponse = await client.GetAsync(url);
        return await ParseAsync(LastResponse);
    }

    /// <summary>Submits the form matched by <paramref name="formSelector"/> with <paramref name="values"/> overriding its fields.</summary>
    public async Task<IHtmlDocument> SubmitAsync(IHtmlDocument page, string formSelector, IReadOnlyDictionary<string, string?>? values = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var fields = FormFields(form);
        foreach (var (name, value) in values ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : UrlOf(page).PathAndQuery;
        LastResponse = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        return await ParseAsync(LastResponse);
    }

    public static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name:
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    if (input.Type is "submit" or "button")
                    {
                        continue;
                    }

                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }

        return fields;
    }

    /// <summary>The address a page was loaded from (after redirects), to resolve forms without an action.</summary>
    public static Uri UrlOf(IHtmlDocument document) =>
        PageUrls.TryGetValue(document, out var uri) ? uri : throw new InvalidOperationException("Unknown page.");

    private static readonly ConditionalWeakTable<IHtmlDocument, Uri> PageUrls = new();

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        if (response.RequestMessage?.RequestUri is { } uri)
        {
            PageUrls.AddOrUpdate(document, uri);
        }

        return document;
    }

    public HttpStatusCode LastStatus => LastResponse?.StatusCode ?? 0;

    public void Dispose() => client.Dispose();
}
