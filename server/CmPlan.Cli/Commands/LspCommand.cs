using System.Text;
using CmPlan.LanguageServer.Server;

namespace CmPlan.Cli.Commands;

/// <summary><c>cmplan lsp</c>: the language server on stdin/stdout until <c>exit</c> (0 after <c>shutdown</c>, 1 otherwise); <c>--stdio</c> is accepted.</summary>
public static class LspCommand
{
    public static int Run(string[] args, CliEnvironment env)
    {
        if (args is ["-h" or "--help", ..])
        {
            env.Out.Write(HelpTexts.Lsp);
            return ExitCodes.Success;
        }

        // stdio is the only transport; clients (vscode-languageclient, lspconfig) pass --stdio by convention.
        if (args.FirstOrDefault(a => a != "--stdio") is { } unexpected)
        {
            throw new CliError($"unexpected argument '{unexpected}' (cmplan lsp takes only --stdio; try cmplan lsp --help)");
        }

        // The protocol writes bytes: straight to stdout's stream, or, for a text-only writer (tests), buffered then copied.
        if (env.Out is StreamWriter { BaseStream: var stdout } writer)
        {
            ServerGc.Prefer(["lsp", .. args]);
            writer.Flush();
            return Serve(env.Input, stdout);
        }

        using var buffer = new MemoryStream();
        var code = Serve(env.Input, buffer);
        env.Out.Write(new UTF8Encoding(false).GetString(buffer.ToArray()));
        return code;
    }

    private static int Serve(Stream input, Stream output) =>
        LspServer.RunAsync(input, output, ServerOptions.Default, CancellationToken.None).GetAwaiter().GetResult();
}
