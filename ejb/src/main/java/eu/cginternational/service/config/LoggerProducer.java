package eu.cginternational.service.config;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.util.logging.Logger;

/** Lets every bean {@code @Inject Logger log} named after its own class. */
@Dependent
public class LoggerProducer {

    @Produces
    Logger logger(InjectionPoint injectionPoint) {
        return Logger.getLogger(injectionPoint.getMember().getDeclaringClass().getName());
    }
}
