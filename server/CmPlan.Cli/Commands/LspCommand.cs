using System.Text;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Arguments;
using CmPlan.LanguageServer.Server;

namespace CmPlan.Cli.Commands;

/// <summary>
/// <c>cmplan lsp</c>: the language server on stdin/stdout until <c>exit</c> (0 after <c>shutdown</c>, 1 otherwise);
/// <c>--stdio</c> is accepted. The language (<c>--lang</c>, else the environment's) holds until the client's
/// <c>locale</c> or <c>cmplan.language</c> says otherwise.
/// </summary>
public static class LspCommand
{
    public static int Run(string[] args, CliEnvironment env)
    {
        if (args is ["-h" or "--help", ..])
        {
            env.Out.Write(HelpTexts.In(HelpTexts.Lsp, LanguageChoice.Resolve(ArgumentParser.LangOf(args), env.Variable)));
            return ExitCodes.Success;
        }

        // stdio is the only transport; clients (vscode-languageclient, lspconfig) pass --stdio by convention.
        string? lang = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == LanguageChoice.Option && i + 1 < args.Length)
            {
                lang = args[++i];
            }
            else if (args[i].StartsWith(LanguageChoice.Option + "=", StringComparison.Ordinal))
            {
                lang = args[i][(LanguageChoice.Option.Length + 1)..];
            }
            else if (args[i] != "--stdio")
            {
                throw new CliError(MessageId.CliLspUnexpected, ("argument", args[i]));
            }
        }

        var options = ServerOptions.Default with
        {
            Analysis = ServerOptions.Default.Analysis with { Language = LanguageChoice.Resolve(lang, env.Variable) },
        };

        // The protocol writes bytes: straight to stdout's stream, or, for a text-only writer (tests), buffered then copied.
        if (env.Out is StreamWriter { BaseStream: var stdout } writer)
        {
            ServerGc.Prefer(["lsp", .. args]);
            writer.Flush();
            return Serve(env.Input, stdout, options);
        }

        using var buffer = new MemoryStream();
        var code = Serve(env.Input, buffer, options);
        env.Out.Write(new UTF8Encoding(false).GetString(buffer.ToArray()));
        return code;
    }

    private static int Serve(Stream input, Stream output, ServerOptions options) =>
        LspServer.RunAsync(input, output, options, CancellationToken.None).GetAwaiter().GetResult();
}
