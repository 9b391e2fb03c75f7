using Microsoft.Net.Http.Headers;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// ASP.NET Core's form reader refuses a whole url-encoded body that holds "%00" (a NUL character) anywhere: it throws
/// while reading the form, so antiforgery gave up with a 400 and, because the error page's own model binding read the
/// form again, people saw "Page not found". This middleware turns each "%00" into the raw NUL byte before the form is
/// read, which the reader accepts, so the NUL reaches model binding and <see cref="FormStringModelBinder"/> refuses
/// it with a field error like any other hidden control character. Nothing else in the body changes, and the body is
/// still read lazily, so request size limits apply as before.
/// </summary>
public static class FormNulBytes
{
    public static IApplicationBuilder UseNulTolerantForms(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (IsUrlEncodedForm(context.Request))
        {
            context.Request.Body = new PercentNulDecodingStream(context.Request.Body);
            // The body is now shorter than the header said; the form reader reads to the end and needs no length.
            context.Request.ContentLength = null;
        }
        return next(context);
    });

    private static bool IsUrlEncodedForm(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Reads another stream, giving a 0 byte for each "%00" in it and every other byte unchanged.</summary>
public sealed class PercentNulDecodingStream(Stream inner) : Stream
{
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;
    private bool _innerFinished;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }
        while (true)
        {
            // Keep at least three bytes in hand, so a "%00" split between two reads is still seen whole.
            if (_end - _start < 3 && !_innerFinished)
            {
                Compact();
                var read = await inner.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
                if (read == 0)
                {
                    _innerFinished = true;
                }
                _end += read;
                continue;
            }
            var written = Decode(buffer.Span);
            if (written > 0 || (_innerFinished && _start == _end))
            {
                return written;
            }
        }
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Decode(Span<byte> destination)
    {
        var written = 0;
        while (written < destination.Length && _start < _end)
        {
            if (_buffer[_start] == (byte)'%')
            {
                if (_end - _start < 3 && !_innerFinished)
                {
                    break;
                }
                if (_end - _start >= 3 && _buffer[_start + 1] == (byte)'0' && _buffer[_start + 2] == (byte)'0')
                {
                    destination[written++] = 0;
                    _start += 3;
                    continue;
                }
            }
            destination[written++] = _buffer[_start++];
        }
        return written;
    }

    private void Compact()
    {
        if (_start == 0)
        {
            return;
        }
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
        _end -= _start;
        _start = 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
