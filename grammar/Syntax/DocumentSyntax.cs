using System.Collections.Immutable;
using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>
/// A parsed plan: the top-level lines in order (blocks, comment and blank lines between them,
/// skipped blocks), every comment of the file, and the syntax diagnostics. Parsing never fails.
/// </summary>
public sealed record DocumentSyntax(
    SourceText Source,
    ImmutableArray<LineSyntax> Items,
    ImmutableArray<CommentSyntax> Comments,
    ImmutableArray<SyntaxDiagnostic> Diagnostics)
{
    public IEnumerable<BlockSyntax> Blocks => Items.OfType<BlockSyntax>();
}
