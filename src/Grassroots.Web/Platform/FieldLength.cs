namespace Grassroots.Web.Platform;

/// <summary>
/// The lengths of text fields, shared by the database model (<c>HasMaxLength</c>) and the validation at the edge
/// (<see cref="Validation.Text"/>): what a form accepts, the column holds, and a longer value is refused with the field's
/// name instead of failing at the database. A field whose length the law or a standard fixes keeps its own constant
/// beside its entity (a unit's code, a household's vote code).
/// </summary>
public static class FieldLength
{
    /// <summary>A citizen identity card number (căn cước: 12 digits).</summary>
    public const int IdNumber = 12;

    /// <summary>A short code typed or read aloud: a tracking code, a phone number, a household's number, an authenticator code.</summary>
    public const int ShortCode = 20;

    /// <summary>A document's number and symbol ("15/QĐ-UBND").</summary>
    public const int DocumentNumber = 50;

    /// <summary>A hex digest (SHA-256) or a network address.</summary>
    public const int Hash = 64;

    /// <summary>A sign-in name chosen for an account.</summary>
    public const int AccountName = 64;

    /// <summary>A short label: a content type, a token's name, a document type, an audited entity's type or id.</summary>
    public const int Label = 100;

    /// <summary>A person's full name.</summary>
    public const int PersonName = 120;

    /// <summary>A password as typed (the store keeps only its hash).</summary>
    public const int Password = 128;

    /// <summary>A name: of a unit, a place, a signer, a file; a reference to a document.</summary>
    public const int Name = 200;

    /// <summary>The name of the account that did something (ASP.NET Identity's user name length).</summary>
    public const int UserName = 256;

    /// <summary>A title, a subject, an address, a body's name.</summary>
    public const int Title = 300;

    /// <summary>A unit's materialised path, or a long heading.</summary>
    public const int Path = 400;

    /// <summary>A line of text: an option of a vote, a category's name, a period's title.</summary>
    public const int Line = 500;

    /// <summary>A note or a reason given in a sentence or two.</summary>
    public const int Note = 1000;

    /// <summary>A paragraph: a reason for refusing, a recognition note, a comment.</summary>
    public const int Paragraph = 2000;

    /// <summary>A few paragraphs: a summary of a decision or an answer, the content of a visit.</summary>
    public const int Text = 4000;

    /// <summary>A summary of amendments.</summary>
    public const int Summary = 5000;

    /// <summary>A letter's content, an introduction, a response to comments.</summary>
    public const int LongText = 10_000;

    /// <summary>The minutes of a meeting, a disclosure's body, a report's prose.</summary>
    public const int Minutes = 20_000;

    /// <summary>A whole document: a draft put to consultation, a convention's text.</summary>
    public const int Document = 50_000;
}
