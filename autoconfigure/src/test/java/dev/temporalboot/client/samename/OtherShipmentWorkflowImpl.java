package dev.temporalboot.client.samename;

public class OtherShipmentWorkflowImpl implements ShipmentWorkflow {

  @Override
  public String ship(String parcel) {
    return "sent " + parcel;
  }
}
