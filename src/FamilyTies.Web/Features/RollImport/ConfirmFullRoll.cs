using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People.RollImport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;

namespace FamilyTies.Web.Features.RollImport;

/// <summary>The confirmation page: the figures, and the validated file carried in <see cref="Token"/>.</summary>
public sealed class ConfirmFullRollForm
{
    public string? Token { get; set; }

    [BindNever]
    public RollImportCounts? Counts { get; set; }

    /// <summary>Set when the prisoners changed between the upload and the confirmation.</summary>
    [BindNever]
    public bool ChangedSinceChecked { get; set; }
}

/// <summary>
/// A validated full-roll upload waiting for confirmation. It travels in a hidden field, compressed and encrypted with
/// ASP.NET Core data protection, bound to the user and establishment, and expires (docs/decisions/0005-roll-import.md).
/// </summary>
public sealed record PendingFullRoll(int EstablishmentId, string UserId, int ExpectedLeft, byte[] Content)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private const string Purpose = "FamilyTies.RollImport.PendingFullRoll.v1";

    /// <summary>Everything but the file; the file follows it as raw bytes, so gzip sees the CSV itself.</summary>
    private sealed record Header(int EstablishmentId, string UserId, int ExpectedLeft, DateTimeOffset ExpiresAt);

    public static string Protect(IDataProtectionProvider provider, PendingFullRoll pending, TimeProvider clock)
    {
        var header = JsonSerializer.SerializeToUtf8Bytes(
            new Header(pending.EstablishmentId, pending.UserId, pending.ExpectedLeft, clock.GetUtcNow() + Lifetime));
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
        {
            gzip.Write(BitConverter.GetBytes(header.Length));
            gzip.Write(header);
            gzip.Write(pending.Content);
        }
        return WebEncoders.Base64UrlEncode(provider.CreateProtector(Purpose).Protect(compressed.ToArray()));
    }

    /// <returns>The pending upload, or null when the token is damaged, expired or not this user's in this establishment.</returns>
    public static PendingFullRoll? Unprotect(IDataProtectionProvider provider, string? token, int establishmentId, string userId, TimeProvider clock)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        try
        {
            var bytes = provider.CreateProtector(Purpose).Unprotect(WebEncoders.Base64UrlDecode(token));
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            var all = plain.ToArray();
            var length = BitConverter.ToInt32(all, 0);
            var header = JsonSerializer.Deserialize<Header>(all.AsSpan(4, length));
            return header is not null && header.ExpiresAt > clock.GetUtcNow()
                   && header.EstablishmentId == establishmentId && header.UserId == userId
                ? new PendingFullRoll(header.EstablishmentId, header.UserId, header.ExpectedLeft, all[(4 + length)..])
                : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException or InvalidDataException or ArgumentException)
        {
            return null;
        }
    }
}

public abstract record ConfirmFullRollOutcome
{
    /// <summary>The token was damaged, expired, or belongs to someone else: upload again.</summary>
    public sealed record Expired : ConfirmFullRollOutcome;
    /// <summary>The file no longer passes (for example, a date of birth crossed an age limit overnight).</summary>
    public sealed record Invalid(IReadOnlyList<string> FileProblems, IReadOnlyList<RollProblem> RowProblems) : ConfirmFullRollOutcome;
    public sealed record Changed(RollImportCounts Counts, string Token) : ConfirmFullRollOutcome;
    public sealed record Done(ApplyRollResult Result) : ConfirmFullRollOutcome;
}

/// <summary>Applies a full roll the user has confirmed, re-validating the file and re-checking the figures first.</summary>
public sealed class ConfirmFullRollHandler(ApplyRollHandler apply, IDataProtectionProvider protection, TimeProvider clock)
{
    public async Task<ConfirmFullRollOutcome> Handle(ConfirmFullRollForm form, int establishmentId, string userId)
    {
        if (PendingFullRoll.Unprotect(protection, form.Token, establishmentId, userId, clock) is not { } pending)
        {
            return new ConfirmFullRollOutcome.Expired();
        }
        var file = RollCsvFile.Read(pending.Content, LondonTime.Today(clock));
        if (!file.IsValid)
        {
            return new ConfirmFullRollOutcome.Invalid(file.FileProblems, file.RowProblems);
        }
        var result = await apply.Apply(file.Entries, fullRoll: true, expectedLeft: pending.ExpectedLeft);
        if (result.Status == ApplyRollStatus.ChangedSinceChecked)
        {
            var token = PendingFullRoll.Protect(protection, pending with { ExpectedLeft = result.Counts.Left }, clock);
            return new ConfirmFullRollOutcome.Changed(result.Counts, token);
        }
        return new ConfirmFullRollOutcome.Done(result);
    }
}
