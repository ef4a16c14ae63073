namespace CmPlan.Grammar.Text;

/// <summary>The line terminators a plan may use. A lone CR is read as a line end so old files still parse.</summary>
public static class LineEndings
{
    public const string Lf = "\n";
    public const string CrLf = "\r\n";
    public const string Cr = "\r";
}
