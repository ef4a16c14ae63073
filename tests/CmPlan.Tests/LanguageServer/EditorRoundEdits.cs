using System.Globalization;
using System.Text;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol.Types;
using CmPlan.LanguageServer.Server;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// A plan as a user types it, for the answers an editor asks after every keystroke: a French plan
/// of a few dozen blocks with comments between and inside them and text blocks, and seeded edits of
/// it — characters typed or deleted, lines added or removed, blocks added or removed, comments.
/// </summary>
public static class EditorRoundEdits
{
    private static readonly string[] Pastes =
    [
        "e", " ", "\n", "#", "\"", "é", "🚲", "#MaiÀVélo ", "@ami ", "2027-03-02 09:00", ", facebook", "# commentaire\n", "  # dans le bloc\n",
        "  text \"Bonjour 🌸 https://exemple.fr\"\n", "  status review\n", "    Ligne #fromage\n",
        "post ajout\n  on instagram\n  at 2027-03-09 10:00\n  text \"Crêpes 🥞 #Lyon\"\n\n", "channel facebook\n",
    ];

    /// <summary>The plan: <paramref name="posts"/> posts, every third after a comment, every fifth with a text block and a comment in it.</summary>
    public static string Plan(int posts)
    {
        var plan = new StringBuilder("plan \"Printemps 🌷\"\n  timezone Europe/Paris\n  start 2027-03-01\n  end 2027-06-30\n\nchannel instagram\n\n");
        for (var i = 0; i < posts; i++)
        {
            var day = (i % 28) + 1;
            if (i % 3 == 0)
            {
                plan.Append(CultureInfo.InvariantCulture, $"# Validé par la cliente le {day} février.\n# Relire avant publication.\n");
            }

            plan.Append(CultureInfo.InvariantCulture, $"post p{i}\n  on instagram\n  at 2027-03-{day:00} 12:00\n  text \"Fête 🎉 n°{i} #Lyon @ami\"\n");
            if (i % 5 == 0)
            {
                plan.Append("  # variante\n  text instagram\n    C'est la Chandeleur 🥞\n\n    #Chandeleur #CroixRousse\n");
            }

            plan.Append('\n');
        }

        return plan.ToString();
    }

    /// <summary>A seeded edit of <paramref name="text"/>, as the range it replaces and the text put there.</summary>
    public static (int Start, int End, string Text) Next(Random rng, string text)
    {
        var lines = LineStarts(text);
        var blocks = lines.Where(s => s < text.Length && text[s] is not (' ' or '\n' or '#')).ToList();
        switch (lines.Count < 2 ? -1 : rng.Next(6))
        {
            case 0:
                // A whole line removed.
                var line = rng.Next(lines.Count - 1);
                return (lines[line], lines[line + 1], "");
            case 1:
                // A line copied elsewhere.
                var copied = rng.Next(lines.Count - 1);
                var at = lines[rng.Next(lines.Count)];
                return (at, at, text[lines[copied]..lines[copied + 1]]);
            case 2 when blocks.Count > 0:
                // A block removed: from a line at the margin to the next one.
                var block = rng.Next(blocks.Count);
                return (blocks[block], block + 1 < blocks.Count ? blocks[block + 1] : text.Length, "");
            default:
                return SemanticTokensAfterEditsTests.RandomEdit(rng, text, Pastes);
        }
    }

    /// <summary>Sends <paramref name="edit"/> of <paramref name="text"/> as the document's version <paramref name="version"/>; returns the text the server then holds.</summary>
    public static string Send(Dispatcher server, string text, (int Start, int End, string Text) edit, PositionEncoding encoding, int version)
    {
        var range = Positions.ToRange(SourceText.From(text), TextSpan.FromBounds(edit.Start, edit.End), encoding);
        Lsp.Send(server, Notification("textDocument/didChange", new
        {
            textDocument = new { uri = DocUri, version },
            contentChanges = new[] { new { range, text = edit.Text } },
        }));
        return server.Documents[DocUri].Text;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        if (starts[^1] != text.Length)
        {
            starts.Add(text.Length);
        }

        return starts;
    }
}
