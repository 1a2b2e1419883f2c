package dev.redazione.web;

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
import io.netty.handler.codec.http.HttpHeaderValues;
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
 * The first handler after the HTTP/1.1 codec of a connection: answers what {@link FrontReplies}
 * answers (bad requests, pages already rendered) straight from the Netty pipeline, with the {@link
 * SecurityHeaders}, and hands every other request on to Micronaut unchanged.
 *
 * <p>Responses must leave in request order on a connection. So a page is answered here only when no
 * earlier request of the connection is still being handled by Micronaut; a bad request, after which
 * the codec reads nothing more, is answered once those earlier requests are, and then the
 * connection is closed. A request body the codec cannot parse closes the connection the same way.
 * One instance per connection; Netty calls it on the connection's event loop only.
 */
final class FrontHandler extends ChannelDuplexHandler {

  /** The handler's name in the pipeline. */
  static final String NAME = "redazione-front";

  private final FrontReplies replies;
  private int pendingInMicronaut;
  private boolean discardingBody;

  /** Whether the connection closes once Micronaut has answered: nothing more is read. */
  private boolean closing;

  /** The last response of a closing connection, sent after Micronaut's. */
  private FullHttpResponse last;

  FrontHandler(FrontReplies replies) {
    this.replies = replies;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (closing) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (msg instanceof HttpRequest request) {
      Optional<Reply> bad = replies.badRequest(request, ctx.channel().remoteAddress());
      if (bad.isPresent()) {
        ReferenceCountUtil.release(msg);
        closeAfter(ctx, response(request, bad.get(), false));
        return;
      }
      Optional<Reply> reply =
          pendingInMicronaut == 0 ? replies.cachedPage(request) : Optional.empty();
      if (reply.isPresent()) {
        discardingBody = !(msg instanceof LastHttpContent);
        ReferenceCountUtil.release(msg);
        send(ctx, request, reply.get());
        return;
      }
      pendingInMicronaut++;
    } else if (msg instanceof HttpContent content && !content.decoderResult().isSuccess()) {
      ReferenceCountUtil.release(msg);
      replies.badBody(ctx.channel().remoteAddress());
      closeAfter(ctx, null);
      return;
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
    boolean answered = msg instanceof LastHttpContent && !interim && pendingInMicronaut > 0;
    if (answered) {
      pendingInMicronaut--;
    }
    if (!(answered && closing && pendingInMicronaut == 0)) {
      ctx.write(msg, promise);
      return;
    }
    ChannelPromise written = promise.unvoid();
    ctx.write(msg, written);
    if (last != null) {
      ctx.writeAndFlush(last).addListener(ChannelFutureListener.CLOSE);
      last = null;
    } else {
      written.addListener(ChannelFutureListener.CLOSE);
      ctx.flush();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    if (last != null) {
      last.release();
      last = null;
    }
    super.channelInactive(ctx);
  }

  /**
   * Stops reading and closes the connection, after its last response if any: at once when Micronaut
   * has nothing left to answer, else once it has.
   */
  private void closeAfter(ChannelHandlerContext ctx, FullHttpResponse response) {
    closing = true;
    if (pendingInMicronaut > 0) {
      last = response;
    } else if (response != null) {
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    } else {
      ctx.close();
    }
  }

  private static void send(ChannelHandlerContext ctx, HttpRequest request, Reply reply) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    ChannelFuture written = ctx.writeAndFlush(response(request, reply, keepAlive));
    if (!keepAlive) {
      written.addListener(ChannelFutureListener.CLOSE);
    }
  }

  private static FullHttpResponse response(HttpRequest request, Reply reply, boolean keepAlive) {
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
    if (keepAlive) {
      HttpUtil.setKeepAlive(response, true);
    } else {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    }
    return response;
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
