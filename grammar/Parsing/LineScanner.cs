namespace CmPlan.Grammar.Parsing;

/// <summary>Character-level facts about one line: indentation, and where a trailing comment starts.</summary>
internal static class LineScanner
{
    public static bool IsBlank(char c) => c is ' ' or '\t';

    public static bool IsBlankLine(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!IsBlank(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number of leading blanks (spaces and tabs) and whether a tab is among them.</summary>
    public static int Indentation(ReadOnlySpan<char> line, out bool hasTab)
    {
        hasTab = false;
        var i = 0;
        while (i < line.Length && IsBlank(line[i]))
        {
            hasTab |= line[i] == '\t';
            i++;
        }

        return i;
    }

    /// <summary>
    /// The index of the <c>#</c> that starts a comment: the first non-blank character, or one
    /// preceded by a blank, outside a quoted string. -1 when the line has no comment.
    /// </summary>
    public static int CommentStart(ReadOnlySpan<char> line)
    {
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '#' && (i == 0 || IsBlank(line[i - 1])))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The length of <paramref name="line"/> once trailing blanks are removed.</summary>
    public static int TrimEndLength(ReadOnlySpan<char> line)
    {
        var end = line.Length;
        while (end > 0 && IsBlank(line[end - 1]))
        {
            end--;
        }

        return end;
    }
}
