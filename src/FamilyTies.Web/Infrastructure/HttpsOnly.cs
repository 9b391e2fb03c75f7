using System.Text;
using Microsoft.AspNetCore.Diagnostics;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// Outside Development every cookie is Secure, and antiforgery refuses to run over plain HTTP, so a request that
/// reaches the app without TLS (no proxy in front, or a proxy that does not say X-Forwarded-Proto: https) would end in
/// a server error on the first form. Instead a GET or HEAD is sent to the same address over HTTPS, and anything else
/// gets a 400 page saying the service needs a secure connection. /health stays on plain HTTP for load balancers.
/// (docs/decisions/0003-cookies-and-https.md, 0014-audit-logging-and-submissions.md)
/// </summary>
public static class HttpsOnly
{
    public const string Message = "FamilyTies needs a secure connection (HTTPS). Open the service at its https:// address.";

    public static IApplicationBuilder UseHttpsOnly(this IApplicationBuilder app, ILogger logger) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.IsHttps || request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }
        // A proxy said the browser used HTTPS, but it is not one the forwarded-headers middleware trusts: redirecting
        // would loop, so the request gets the page instead.
        var untrustedProxy = request.Headers["X-Forwarded-Proto"].ToString().Contains("https", StringComparison.OrdinalIgnoreCase);
        if (untrustedProxy)
        {
            logger.LogWarning("{RequestMethod} refused: X-Forwarded-Proto says HTTPS but the proxy is not a known proxy (ForwardedHeadersOptions.KnownProxies)", request.Method);
        }
        else
        {
            logger.LogWarning("Plain HTTP {RequestMethod} refused: the service needs HTTPS (is the TLS proxy in front?)", request.Method);
        }
        // The answer is written here; the status code pages must not replace it with a page that has forms.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Host.HasValue && !untrustedProxy)
        {
            // Host, path and query as the browser sent them: only the scheme changes.
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = "https://" + request.Host.Host + request.PathBase + request.Path + request.QueryString;
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        var html = $"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><title>The service needs a secure connection - FamilyTies</title></head>
            <body><main><h1>The service needs a secure connection</h1><p>{Message}</p></main></body>
            </html>
            """;
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(html));
    });
}
