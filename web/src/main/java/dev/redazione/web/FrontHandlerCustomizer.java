package dev.redazione.web;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import jakarta.inject.Singleton;

/**
 * Puts a {@link FrontHandler} right after the HTTP/1.1 codec of every connection, so that bad
 * requests are answered before Micronaut sees them and pages already rendered are served without
 * going through routing and filters.
 */
@Singleton
final class FrontHandlerCustomizer
    implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

  private final BeanProvider<FrontReplies> replies;

  FrontHandlerCustomizer(BeanProvider<FrontReplies> replies) {
    this.replies = replies;
  }

  @Override
  public NettyServerCustomizer.Registry onCreated(
      BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
    event.getBean().register(new ForConnections(null));
    return event.getBean();
  }

  /** A customizer that, specialised for one connection, inserts the handler into its pipeline. */
  private final class ForConnections implements NettyServerCustomizer {

    private final Channel channel;

    ForConnections(Channel channel) {
      this.channel = channel;
    }

    @Override
    public NettyServerCustomizer specializeForChannel(Channel connection, ChannelRole role) {
      return role == ChannelRole.CONNECTION ? new ForConnections(connection) : this;
    }

    @Override
    public void onStreamPipelineBuilt() {
      if (channel != null
          && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
          && channel.pipeline().get(FrontHandler.NAME) == null) {
        channel
            .pipeline()
            .addAfter(
                ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC,
                FrontHandler.NAME,
                new FrontHandler(replies.get()));
      }
    }
  }
}
