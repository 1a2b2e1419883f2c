package dev.redazione.web;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import jakarta.inject.Singleton;

/**
 * Puts a {@link CachedPageHandler} right after the HTTP/1.1 codec of every connection, so that
 * pages already rendered are served without going through routing and filters. Disable with {@code
 * redazione.fast-path=false} to serve everything through the controllers.
 */
@Singleton
@Requires(property = CachedPagesCustomizer.ENABLED_PROPERTY, notEquals = "false")
final class CachedPagesCustomizer
    implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

  /** The configuration property that turns the fast path off when {@code false}. */
  static final String ENABLED_PROPERTY = "redazione.fast-path";

  private final BeanProvider<ContentSnapshots> snapshots;

  CachedPagesCustomizer(BeanProvider<ContentSnapshots> snapshots) {
    this.snapshots = snapshots;
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
          && channel.pipeline().get(CachedPageHandler.NAME) == null) {
        channel
            .pipeline()
            .addAfter(
                ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC,
                CachedPageHandler.NAME,
                new CachedPageHandler(snapshots.get()));
      }
    }
  }
}
