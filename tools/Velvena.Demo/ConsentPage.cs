using System.Net;
using System.Text.RegularExpressions;

namespace Velvena.Demo;

/// <summary>Reads the sandbox's OAuth consent form (hidden fields and the pre-selected user) so the demo can press Approve.</summary>
public static partial class ConsentPage
{
    public static Dictionary<string, string> ApproveForm(string html)
    {
        var form = HiddenInput().Matches(html)
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value), StringComparer.Ordinal);
        var user = SelectedUser().Match(html);
        if (!user.Success)
        {
            user = AnyUser().Match(html);
        }

        if (form.Count == 0 || !user.Success)
        {
            throw new DemoStepFailedException("The sandbox's consent page has no form to approve.");
        }

        form["user"] = user.Groups["uuid"].Value;
        form["decision"] = "approve";
        return form;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]*)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<option value=\"(?<uuid>[0-9a-f-]{36})\" selected>")]
    private static partial Regex SelectedUser();

    [GeneratedRegex("<option value=\"(?<uuid>[0-9a-f-]{36})\"")]
    private static partial Regex AnyUser();
}
