using System.Net;
using FamilyTies.Data.Identity;
using FamilyTies.Web.Tests.Areas.SaferCustody;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Web.Tests.Features;

/// <summary>Production over plain HTTP gets a clear answer; every request is logged with identifiers only.</summary>
public sealed class HttpsAndRequestLogTests
{
    private static HttpClient PlainHttp(FamilyTiesApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://familyties.example") });

    [Fact]
    public async Task In_Production_a_page_asked_for_over_plain_HTTP_is_sent_to_HTTPS_never_a_server_error()
    {
        using var app = new FamilyTiesApp(environment: "Production", seed: false);
        using var http = PlainHttp(app);

        var signIn = await http.GetAsync("/sign-in?returnUrl=%2Fprisoners");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, signIn.StatusCode);
        Assert.Equal("https://familyties.example/sign-in?returnUrl=%2Fprisoners", signIn.Headers.Location!.ToString());

        var post = await http.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "someone", ["Password"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("needs a secure connection (HTTPS)", await post.Content.ReadAsStringAsync());

        // A proxy the app does not trust claims HTTPS: a page, not a redirect that would loop.
        var untrusted = await app.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Scheme = "http";
            c.Request.Host = new Microsoft.AspNetCore.Http.HostString("familyties.example");
            c.Request.Path = "/sign-in";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9");
        });
        Assert.Equal(StatusCodes.Status400BadRequest, untrusted.Response.StatusCode);

        // A load balancer's health check may stay on plain HTTP.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);

        // Behind the TLS proxy (X-Forwarded-Proto: https from a known proxy) the sign-in page is served as usual.
        using var secure = StaffClient.Anonymous(app);
        Assert.Equal(HttpStatusCode.OK, (await secure.Http.GetAsync("/sign-in")).StatusCode);
    }

    [Fact]
    public async Task Each_request_is_logged_with_user_establishment_and_correlation_ids_but_no_query_string_or_form_value()
    {
        // An app of its own, so its log holds this test's requests only.
        using var app = new FamilyTiesApp();
        var wymott = await app.EstablishmentId("WYI");
        using var client = await StaffClient.SignedIn(app, "safercustody.wymott");
        string userId;
        using (var scope = app.Services.CreateScope())
        {
            userId = (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync("safercustody.wymott"))!.Id;
        }
        var marker = "Quillonmarker" + Guid.NewGuid().ToString("N")[..8];
        var queryMarker = "qsmarker" + Guid.NewGuid().ToString("N")[..8];

        var page = await client.GetPage($"/safercustody/contacts/new?voicemailCheckId=&{queryMarker}=1");
        var response = await client.PostFormOn(page, "/safercustody/contacts/new",
            SaferCustodyTestData.Contact(DateTimeOffset.UtcNow.AddMinutes(-5), callerName: marker + " Caller"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var lines = await LogLinesAsync(app, l => l.Contains("HTTP POST /safercustody/contacts/new responded 302", StringComparison.Ordinal));
        var line = Assert.Single(lines);
        Assert.Contains($"\"UserId\":\"{userId}\"", line);
        Assert.Contains($"\"EstablishmentId\":{wymott}", line);
        Assert.Matches("\"CorrelationId\":\"[^\"]+\"", line);
        Assert.Contains(await LogLinesAsync(app, l => l.Contains("HTTP GET /safercustody/contacts/new responded 200", StringComparison.Ordinal)),
            l => l.Contains($"\"UserId\":\"{userId}\"", StringComparison.Ordinal));

        var all = string.Join("\n", await LogLinesAsync(app, _ => true));
        Assert.DoesNotContain(marker, all);
        Assert.DoesNotContain(queryMarker, all);
        Assert.DoesNotContain("01632 960999", all);
    }

    private static async Task<List<string>> LogLinesAsync(FamilyTiesApp app, Func<string, bool> where)
    {
        var lines = new List<string>();
        // The file sink writes as it goes; give it a moment for the last request.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            lines.Clear();
            foreach (var file in Directory.Exists(app.LogDirectory) ? Directory.GetFiles(app.LogDirectory, "*.log") : [])
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var reader = new StreamReader(stream);
                while (await reader.ReadLineAsync() is { } line)
                {
                    if (where(line))
                    {
                        lines.Add(line);
                    }
                }
            }
            if (lines.Count > 0)
            {
                break;
            }
            await Task.Delay(100);
        }
        return lines;
    }
}
