package dev.redazione.web;

import dev.redazione.site.RenderedPage;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The fast path for pages: answers GET and HEAD requests for pages of the current snapshot straight
 * from the Netty pipeline, with the same {@link PageReplies} semantics and {@link SecurityHeaders}
 * as the controllers, and hands every other request (errors, images, health, other methods) on to
 * Micronaut unchanged.
 *
 * <p>Responses must leave in request order on a connection. So a request is answered here only when
 * no earlier request of the connection is still being handled by Micronaut. One instance per
 * connection; Netty calls it on the connection's event loop only.
 */
final class CachedPageHandler extends ChannelDuplexHandler {

  /** The handler's name in the pipeline. */
  static final String NAME = "redazione-cached-pages";

  private final ContentSnapshots snapshots;
  private int pendingInMicronaut;
  private boolean discardingBody;

  CachedPageHandler(ContentSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpRequest request) {
      Optional<Reply> reply = pendingInMicronaut == 0 ? reply(request) : Optional.empty();
      if (reply.isPresent()) {
        discardingBody = !(msg instanceof LastHttpContent);
        ReferenceCountUtil.release(msg);
        send(ctx, request, reply.get());
        return;
      }
      pendingInMicronaut++;
    } else if (discardingBody && msg instanceof HttpContent) {
      discardingBody = !(msg instanceof LastHttpContent);
      ReferenceCountUtil.release(msg);
      return;
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    boolean interim =
        msg instanceof HttpResponse response
            && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
    if (msg instanceof LastHttpContent && !interim && pendingInMicronaut > 0) {
      pendingInMicronaut--;
    }
    ctx.write(msg, promise);
  }

  private Optional<Reply> reply(HttpRequest request) {
    HttpMethod method = request.method();
    if (!(method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD))
        || !request.decoderResult().isSuccess()
        || !request.uri().startsWith("/")) {
      return Optional.empty();
    }
    ServedSite served = snapshots.current();
    Optional<RenderedPage> page = served.site().render(request.uri());
    if (page.isEmpty()) {
      return Optional.empty();
    }
    RequestConditions conditions =
        new RequestConditions(
            request.headers().get(HttpHeaderNames.IF_NONE_MATCH),
            request.headers().get(HttpHeaderNames.IF_MODIFIED_SINCE),
            request.headers().get(HttpHeaderNames.ACCEPT_ENCODING));
    return Optional.of(PageReplies.ok(conditions, served, page.get()));
  }

  private static void send(ChannelHandlerContext ctx, HttpRequest request, Reply reply) {
    boolean withBody = reply.status() != 304 && !request.method().equals(HttpMethod.HEAD);
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(reply.status()),
            withBody ? Unpooled.wrappedBuffer(reply.body()) : Unpooled.EMPTY_BUFFER);
    reply.headers().forEach(response.headers()::set);
    SecurityHeaders.ALL.forEach(response.headers()::set);
    response.headers().set(HttpHeaderNames.SERVER, "Redazione");
    response.headers().set(HttpHeaderNames.DATE, HttpDate.now());
    if (reply.status() != 304) {
      response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, reply.body().length);
    }
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    HttpUtil.setKeepAlive(response, keepAlive);
    ChannelFuture written = ctx.writeAndFlush(response);
    if (!keepAlive) {
      written.addListener(ChannelFutureListener.CLOSE);
    }
  }

  /** The {@code Date} header value, formatted once per second. */
  private static final class HttpDate {

    private static volatile Cached cached = new Cached(0, "");

    private record Cached(long second, String text) {}

    static String now() {
      long second = Instant.now().getEpochSecond();
      Cached current = cached;
      if (current.second() != second) {
        current =
            new Cached(
                second,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    Instant.ofEpochSecond(second).atZone(ZoneOffset.UTC)));
        cached = current;
      }
      return current.text();
    }
  }
}
