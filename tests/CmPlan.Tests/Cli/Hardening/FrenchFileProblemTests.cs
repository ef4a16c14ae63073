using System.Text;
using CmPlan.Tests.Cli.SafeWrites;

namespace CmPlan.Tests.Cli.Hardening;

/// <summary>
/// Issue 18: why a path cannot be read or written is said in the run's language — a named pipe, a
/// device, a name that is not UTF-8, a symbolic link, a folder given as the configuration, a file no
/// one may write — French typeset as the catalogue does (narrow no-break space before « : ; »).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class FrenchFileProblemTests : IDisposable
{
    private const string Thin = "\u202F";

    private const string Broken = "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d\n  text \"Café ☕ #lundi\"\n";

    private const string Messy = "channel x\n\npost a\n      on x\n      at 2027-03-02 09:00\n      text \"Bonjour !\"\n";

    private const string Pipe = $"cmplan: impossible de lire plans/tube.cmplan{Thin}: un tube nommé, pas un fichier ordinaire\n";

    private const string Latin1 = $"cmplan: impossible de lire plans/caf\uFFFD.cmplan{Thin}: le nom du fichier n'est pas de l'UTF-8 valide\n";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private void WritePipe(string name) => ReadOnly.RunTool("mkfifo", temp.Full(name));

    private void WriteLatin1Name() =>
        Assert.Equal(0, Shell.Run("printf 'channel x\\n' > \"$(printf 'plans/caf\\351.cmplan')\"", temp.Path).ExitCode);

    [Fact]
    public void Check_of_a_folder_with_a_named_pipe_says_why_in_French()
    {
        temp.Write("plans/a.cmplan", Broken);
        WritePipe("plans/tube.cmplan");
        var run = Cmd.Run(temp.Path, "check", "plans", "--now", "2027-02-01", "--lang", "fr");
        Assert.Equal((2, Pipe + "cmplan: 1 fichier n'a pas pu être lu\n"), (run.ExitCode, run.Error));
        Assert.Contains("plans/a.cmplan:6:10: error unbounded-repost", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_of_a_folder_with_a_named_pipe_says_why_in_French()
    {
        temp.Write("plans/a.cmplan", Messy);
        WritePipe("plans/tube.cmplan");
        var run = Cmd.Run(temp.Path, "format", "plans", "--lang", "fr");
        Assert.Equal((2, Pipe, "1 fichier reformaté, 0 fichier inchangé\n"), (run.ExitCode, run.Error, run.Out));
    }

    [Fact]
    public void Fix_of_a_folder_with_a_named_pipe_and_a_name_that_is_not_utf8_says_why_in_French()
    {
        temp.Write("plans/a.cmplan", Broken);
        WritePipe("plans/tube.cmplan");
        WriteLatin1Name();
        var run = Cmd.Run(temp.Path, "fix", "plans", "--now", "2027-02-01", "--lang", "fr");
        Assert.Equal((2, Latin1 + Pipe), (run.ExitCode, run.Error));
        Assert.EndsWith("2 fichiers n'ont pas pu être corrigés.\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  repeat every 7d until 2027-05-11 09:00\n", temp.Read("plans/a.cmplan"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_and_a_plan_over_64_mb_are_refused_in_French()
    {
        File.CreateSymbolicLink(temp.Full("zero.cmplan"), "/dev/zero");
        Cmd.Run(temp.Path, "check", "zero.cmplan", "--lang", "fr")
            .AssertUsageError($"cmplan: impossible de lire zero.cmplan{Thin}: un périphérique en mode caractère, pas un fichier ordinaire\n");

        using (var stream = File.Create(temp.Full("énorme.cmplan")))
        {
            stream.SetLength((64L * 1024 * 1024) + 1);
        }

        Cmd.Run(temp.Path, "check", "énorme.cmplan", "--lang", "fr").AssertUsageError($"cmplan: impossible de lire énorme.cmplan{Thin}: plus de 64 Mo\n");
    }

    [Fact]
    public void A_symbolic_link_is_not_written_and_one_out_of_the_folder_not_read_in_French()
    {
        var target = temp.Write("vrai/plan.cmplan", Messy);
        File.CreateSymbolicLink(temp.Full("lien.cmplan"), target);
        var run = Cmd.Run(temp.Path, "format", "lien.cmplan", "--lang", "fr");
        Assert.Equal(
            (1, $"cmplan: lien.cmplan{Thin}: non écrit{Thin}: un lien symbolique (fix et format n'écrivent que des fichiers ordinaires, dans le dossier qu'on leur donne)\n"),
            (run.ExitCode, run.Error));
        Assert.Equal(Messy, File.ReadAllText(target));

        temp.Write("dossier/plan.cmplan", Messy);
        File.CreateSymbolicLink(temp.Full("dossier/env.cmplan"), "/proc/self/environ");
        run = Cmd.Run(temp.Full("dossier"), "check", ".", "--now", "2027-02-01", "--lang", "fr");
        Assert.Equal($"cmplan: env.cmplan{Thin}: non lu{Thin}: un lien symbolique qui sort du dossier (.)\n", run.Error);
    }

    [Fact]
    public void A_configuration_that_is_a_folder_or_a_named_pipe_is_refused_in_French()
    {
        temp.Write("plan.cmplan", Broken);
        Directory.CreateDirectory(temp.Full("réglages"));
        Cmd.Run(temp.Path, "check", "plan.cmplan", "--config", "réglages", "--lang", "fr")
            .AssertUsageError($"cmplan: --config réglages est un dossier{Thin}: donnez le fichier lui-même (--config réglages/cmplan.json)\n");

        WritePipe("cmplan.json");
        Cmd.Run(temp.Path, "check", "plan.cmplan", "--lang", "fr")
            .AssertUsageError($"cmplan: cmplan.json: impossible de lire le fichier{Thin}: un tube nommé, pas un fichier ordinaire\n");
    }

    [Fact]
    public void A_fix_whose_write_is_refused_says_so_in_French_and_leaves_the_file()
    {
        var path = temp.Write("a.cmplan", Broken);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var run = Cmd.Run(temp.Path, "fix", "a.cmplan", "--now", "2027-02-01", "--lang", "fr");
        Assert.Equal(
            (2, $"cmplan: a.cmplan{Thin}: impossible d'écrire (fichier en lecture seule){Thin}; fichier laissé tel quel\n"),
            (run.ExitCode, run.Error));
        Assert.Equal(Broken, temp.Read("a.cmplan"));
    }

    [Fact]
    public void A_folder_that_cannot_be_read_is_said_in_French()
    {
        // Root reads any folder whatever its mode: then the CLI runs as another user (setpriv).
        temp.Write("plans/a.cmplan", Broken);
        temp.Write("plans/secret/b.cmplan", Broken);
        File.SetUnixFileMode(temp.Full("plans/secret"), UnixFileMode.None);
        var run = AsUser.Run("cmplan check plans --now 2027-02-01 --lang fr", temp.Path);
        Assert.Equal(
            (2, $"cmplan: impossible de lire plans/secret{Thin}: impossible de lire le dossier{Thin}: permission refusée\ncmplan: 1 fichier n'a pas pu être lu\n"),
            (run.ExitCode, run.Error));
    }

    [Fact]
    public void A_plan_that_is_not_utf8_is_not_fixed_and_says_so_in_French()
    {
        temp.WriteBytes("mauvais.cmplan", [.. Encoding.UTF8.GetBytes("channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text \""), 0xFF, .. Encoding.UTF8.GetBytes("\"\n")]);
        var run = Cmd.Run(temp.Path, "fix", "mauvais.cmplan", "--now", "2027-02-01", "--lang", "fr");
        Assert.Equal((2, $"cmplan: mauvais.cmplan: non corrigé{Thin}: UTF-8 invalide à l'octet 55\n"), (run.ExitCode, run.Error));
    }
}
