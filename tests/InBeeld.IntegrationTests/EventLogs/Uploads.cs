using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using InBeeld.IntegrationTests.Web;

namespace InBeeld.IntegrationTests.EventLogs;

/// <summary>Posts a multipart form the way a browser without JavaScript does: its fields plus one file.</summary>
internal static class Uploads
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(IHtmlDocument Page, Uri Url)> PostFileAsync(
        Browser browser, IHtmlDocument page, string formSelector, string fileField, string fileName, string content, params (string Name, string Value)[] values)
    {
        var form = (IHtmlFormElement)(page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}'."));
        var fields = Browser.FormFields(form);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        using var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            multipart.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        multipart.Add(file, fileField, fileName);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : Browser.UrlOf(page).PathAndQuery;
        var response = await browser.Client.PostAsync(action, multipart);
        var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (document, response.RequestMessage!.RequestUri!);
    }
}
