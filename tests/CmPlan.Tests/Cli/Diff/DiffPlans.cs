namespace CmPlan.Tests.Cli.Diff;

/// <summary>The plans the diff tests change, as a community manager writes them.</summary>
public static class DiffPlans
{
    public const string Now = "2027-02-01";

    public static string Atelier(string at = "2027-03-03 12:30", string repeat = "every 14d times 2", string text = "Atelier « Entretien du lin » 🧵 le 10/04/2027 ! #faitmain") => $"""
        plan "Printemps 2027"
          timezone Europe/Paris

        channel x

        channel linkedin

        post atelier
          on x, linkedin
          at {at}
          repeat {repeat}
          text "{text}"

        """;

    public static string Astuces(params string[] items) => $"""
        plan "Astuces"
          timezone Europe/Paris
          start 2027-03-01

        channel x

        queue astuces
          on x
          slots mon, thu 09:00

        {string.Join("\n", items.Select(Item))}
        """;

    /// <summary>A weekly post whose repost falls in the night clocks go forward in Paris (28 March 2027, 02:00 → 03:00).</summary>
    public static string Nuit(string at) => $"""
        plan "Heure d'été"
          timezone Europe/Paris

        channel bluesky

        post nuit
          on bluesky
          at {at}
          repeat every 7d times 1
          text "Nuit blanche à l'atelier 🌙"

        """;

    private static string Item(string id) => $"""
        post {id}
          queue astuces
          text "Astuce {id} : répondez en moins de 24 h."

        """;
}
