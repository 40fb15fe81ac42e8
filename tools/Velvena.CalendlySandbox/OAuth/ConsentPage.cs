using System.Text;
using System.Text.Encodings.Web;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.OAuth;

internal static class ConsentPage
{
    public static string Render(OAuthClient client, IReadOnlyDictionary<string, string?> request, IReadOnlyList<SandboxUser> users, Guid? selected)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Calendly sandbox: authorize</title></head><body>");
        page.Append("<h1>Calendly sandbox</h1><p>The application <strong>").Append(html.Encode(client.ClientId))
            .Append("</strong> asks for: ").Append(html.Encode(string.Join(' ', client.Scopes))).Append("</p>");
        page.Append("<form method=\"post\" action=\"/oauth/authorize\">");
        foreach (var (name, value) in request)
        {
            page.Append("<input type=\"hidden\" name=\"").Append(html.Encode(name)).Append("\" value=\"")
                .Append(html.Encode(value ?? string.Empty)).Append("\">");
        }

        page.Append("<label>Sign in as <select name=\"user\">");
        foreach (var user in users)
        {
            page.Append("<option value=\"").Append(user.Uuid).Append('"').Append(user.Uuid == selected ? " selected" : string.Empty)
                .Append('>').Append(html.Encode($"{user.Name} <{user.Email}>")).Append("</option>");
        }

        page.Append("</select></label> ");
        page.Append("<button type=\"submit\" name=\"decision\" value=\"approve\" id=\"approve\">Approve</button> ");
        page.Append("<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">Deny</button>");
        page.Append("</form></body></html>");
        return page.ToString();
    }
}
