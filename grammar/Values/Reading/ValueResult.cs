using System.Diagnostics.CodeAnalysis;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>A value read from source: either the located value or an error, never an exception.</summary>
public sealed record ValueResult<T>(Located<T>? Located, ValueError? Error)
{
    [MemberNotNullWhen(true, nameof(Located))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Located is not null;

    public static ValueResult<T> Ok(Located<T> value) => new(value, null);

    public static ValueResult<T> Fail(ValueError error) => new(null, error);
}
