namespace Grassroots.Web.Modules.Surveys;

/// <summary>A share of answers with its 95 % interval, in percent.</summary>
public sealed record IndexValue(long Satisfied, long Answers, decimal? Percent, decimal? Low, decimal? High);

/// <summary>The five elements' counts (satisfied, answered), summed over responses and roll-ups.</summary>
public sealed record FactorCounts(long[] Satisfied, long[] Answers)
{
    public static FactorCounts Zero => new(new long[5], new long[5]);

    public FactorCounts Plus(FactorCounts o) =>
        new([.. Satisfied.Zip(o.Satisfied, (a, b) => a + b)], [.. Answers.Zip(o.Answers, (a, b) => a + b)]);

    public FactorCounts PlusFeedback(long satisfied, long answers)
    {
        var s = (long[])Satisfied.Clone();
        var n = (long[])Answers.Clone();
        s[4] += satisfied;
        n[4] += answers;
        return new(s, n);
    }
}

/// <summary>
/// The index as SIPAS computes it (docs/legal.md SIPAS-INDEX, docs/surveys.md): an element's index is the share of
/// "satisfied" and "very satisfied" answers (4 and 5 on the 5-point scale) among all answers to the element's
/// satisfaction questions; the overall index is the mean of the five elements' indexes. Counts are summed before any
/// division (a district's index is the ratio of its communes' sums, never an average of their rates).
/// </summary>
public static class SurveyRules
{
    /// <summary>docs/legal.md SIPAS-ELEMENTS.</summary>
    public const string ElementsCitation = "QĐ 2640/QĐ-BNV ngày 10/10/2017 (Đề án đo lường sự hài lòng – SIPAS)";

    /// <summary>95 %: the normal quantile.</summary>
    public const double Z = 1.959963984540054;

    public static readonly SurveyFactor[] Factors = [SurveyFactor.Access, SurveyFactor.Procedure, SurveyFactor.CivilServant, SurveyFactor.Result, SurveyFactor.Feedback];

    /// <summary>An answer counts as satisfied when it is one of the scale's top two points (4–5 of 5).</summary>
    public static bool IsSatisfied(int value, int scaleMax) => value >= scaleMax - 1;

    /// <summary>Whether a question counts in its element's index: a scale question on satisfaction.</summary>
    public static bool Counts(SurveyQuestion q) => q.Kind == QuestionKind.Scale && q.Aspect == SurveyAspect.Satisfaction && q.Factor is not null;

    /// <summary>The Wilson score interval at 95 % of k satisfied among n answers; null when there are none.</summary>
    public static (double Low, double High)? Wilson(long k, long n)
    {
        if (n <= 0)
        {
            return null;
        }
        var p = (double)k / n;
        var z2 = Z * Z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    public static IndexValue Element(long satisfied, long answers)
    {
        var w = Wilson(satisfied, answers);
        return new IndexValue(satisfied, answers, answers == 0 ? null : Percent((double)satisfied / answers),
            w is { } x ? Percent(x.Low) : null, w is { } y ? Percent(y.High) : null);
    }

    /// <summary>
    /// The overall index: the mean of the five elements' shares; its 95 % interval by the normal approximation, the
    /// variance of the mean being Σ p(1−p)/n over the elements ÷ 25 (the elements taken as independent samples).
    /// Null while an element has no answer.
    /// </summary>
    public static IndexValue Overall(FactorCounts c)
    {
        if (c.Answers.Any(n => n == 0))
        {
            return new IndexValue(c.Satisfied.Sum(), c.Answers.Sum(), null, null, null);
        }
        var shares = c.Satisfied.Zip(c.Answers, (s, n) => (P: (double)s / n, N: n)).ToList();
        var mean = shares.Average(x => x.P);
        var variance = shares.Sum(x => x.P * (1 - x.P) / x.N) / 25.0;
        var half = Z * Math.Sqrt(variance);
        return new IndexValue(c.Satisfied.Sum(), c.Answers.Sum(), Percent(mean), Percent(Math.Max(0, mean - half)), Percent(Math.Min(1, mean + half)));
    }

    private static decimal Percent(double share) => Math.Round((decimal)share * 100m, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Checks answers against the questionnaire (every number a question's, every value in its scale or choices, text
    /// within its length, required ones present) and counts them by element. The refusal names the question.
    /// </summary>
    public static (string Stored, FactorCounts Counts) Check(IReadOnlyList<SurveyQuestion> questions, IReadOnlyDictionary<int, string?>? answers)
    {
        var given = answers ?? new Dictionary<int, string?>();
        var byNumber = questions.ToDictionary(q => q.Number);
        foreach (var number in given.Keys)
        {
            if (!byNumber.ContainsKey(number))
            {
                throw DomainException.Invalid("Surveys.NoSuchQuestion", number);
            }
        }
        var counts = FactorCounts.Zero;
        var lines = new List<string>();
        foreach (var q in questions.OrderBy(q => q.Number))
        {
            var raw = given.TryGetValue(q.Number, out var v) ? Text.CleanOrNull(v) : null;
            if (raw is null)
            {
                if (q.Required)
                {
                    throw DomainException.Invalid("Surveys.AnswerRequired", q.Number);
                }
                continue;
            }
            if (q.Kind == QuestionKind.Text)
            {
                if (raw.Length > FieldLength.Note)
                {
                    throw DomainException.Invalid("Surveys.AnswerTooLong", q.Number, FieldLength.Note);
                }
                lines.Add($"{q.Number}={raw.Replace('\n', ' ').Replace('\r', ' ')}");
                continue;
            }
            var max = q.Kind == QuestionKind.Scale ? q.ScaleMax : q.ChoiceList.Count;
            if (!int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < 1 || value > max)
            {
                throw DomainException.Invalid("Surveys.AnswerOutOfScale", q.Number, max);
            }
            lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{q.Number}={value}"));
            if (Counts(q))
            {
                var i = (int)q.Factor!.Value - 1;
                counts.Answers[i]++;
                if (IsSatisfied(value, q.ScaleMax))
                {
                    counts.Satisfied[i]++;
                }
            }
        }
        if (lines.Count == 0)
        {
            throw DomainException.Invalid("Surveys.NoAnswer");
        }
        return (string.Join('\n', lines), counts);
    }

    /// <summary>The stored answers read back (number → value).</summary>
    public static Dictionary<int, string> Parse(string stored) =>
        stored.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2)).Where(p => p.Length == 2 && int.TryParse(p[0], out _))
            .ToDictionary(p => int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p => p[1]);

    /// <summary>The day a response is stored under: the Vietnamese day, nothing finer (anonymity: docs/surveys.md).</summary>
    public static DateOnly Day(TimeProvider clock) => clock.VietnamToday();
}
